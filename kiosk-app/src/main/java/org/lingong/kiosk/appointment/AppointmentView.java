package org.lingong.kiosk.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;
import org.lingong.kiosk.theme.NumericKeypad;
import org.lingong.kiosk.theme.Pager;
import org.lingong.kiosk.theme.TileGrid;
import org.lingong.platform.api.appointments.AppointmentService;

/**
 * The 预约 screen, one step at a time (see {@link AppointmentViewModel}): the title and the offline notice on top, the
 * step in the middle, 返回 and 返回首页 at the bottom. Ids start with {@code appointment-}.
 */
public final class AppointmentView extends BorderPane {

    /** Days of slots on one page of the slot step (a day is one or two rows of times). */
    static final int DAYS_PER_PAGE = 3;
    private static final String CODE_KEYS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AppointmentViewModel viewModel;
    private final Messages messages;
    private final Runnable home;
    /** The page of days the slot step shows, and the service it belongs to (another service starts at the first). */
    private int dayPage;
    private @Nullable AppointmentService pagedService;

    public AppointmentView(AppointmentViewModel viewModel, Messages messages, Runnable home) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.home = home;
        getStyleClass().addAll("screen", "appointment");
        setTop(header());
        setBottom(footer());
        Runnable rebuild = () -> setCenter(step());
        viewModel.step().addListener((obs, old, now) -> rebuild.run());
        viewModel.slots().addListener((ListChangeListener<SlotChoice>) change -> rebuild.run());
        viewModel.mine().addListener((ListChangeListener<Booking>) change -> rebuild.run());
        viewModel.booking().addListener((obs, old, now) -> rebuild.run());
        viewModel.code().addListener((obs, old, now) -> rebuild.run());
        messages.languageProperty().addListener((obs, old, now) -> rebuild.run());
        rebuild.run();
    }

    private Node header() {
        Label title = label("appointment-title", "appointment-title", messages.get("screen.appointment"));
        title.textProperty().bind(messages.bind("screen.appointment"));
        Button mine = button("appointment-open-mine", "appointment.mine.open", "appointment-secondary", viewModel::openMine);
        mine.visibleProperty().bind(viewModel.step().isEqualTo(AppointmentStep.SERVICE));
        Label offline = label("appointment-offline", "appointment-offline", "");
        offline.textProperty().bind(messages.bind("appointment.offline"));
        offline.setGraphic(Icons.ATTENTION.create(36, "appointment-offline-icon"));
        offline.visibleProperty().bind(viewModel.lastKnown().and(viewModel.step().isEqualTo(AppointmentStep.SLOT)));
        offline.managedProperty().bind(offline.visibleProperty());
        Label message = label("appointment-message", "appointment-message", "");
        message.textProperty().bind(Bindings.createStringBinding(() -> viewModel.message().get().isEmpty() ? ""
                : messages.get(viewModel.message().get()), viewModel.message(), messages.languageProperty()));
        message.visibleProperty().bind(viewModel.message().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        HBox top = new HBox(title, spacer(), mine);
        top.getStyleClass().add("appointment-top");
        VBox header = new VBox(top, offline, message);
        header.getStyleClass().add("appointment-header");
        return header;
    }

    private Node footer() {
        Button back = button("appointment-back", "appointment.back", "back-button", viewModel::back);
        back.setGraphic(Icons.BACK.create(44, "back-icon"));
        back.visibleProperty().bind(viewModel.step().isNotEqualTo(AppointmentStep.SERVICE)
                .and(viewModel.step().isNotEqualTo(AppointmentStep.WORKING)));
        Button toHome = button("appointment-home", "appointment.home", "back-button", home);
        HBox footer = new HBox(back, spacer(), toHome);
        footer.getStyleClass().add("appointment-footer");
        return footer;
    }

    private Node step() {
        return switch (viewModel.step().get()) {
            case SERVICE -> services();
            case SLOT -> slots();
            case PHONE -> phone();
            case WORKING -> centred(label("appointment-working", "appointment-big", messages.get("appointment.working")));
            case DONE -> done();
            case MINE -> mine();
        };
    }

    private Node services() {
        TileGrid grid = new TileGrid("appointment-services", 3, 2);
        grid.setTiles(java.util.Arrays.stream(AppointmentService.values()).map(service -> {
            Button tile = new Button(messages.get(serviceKey(service)) + "\n" + messages.get(serviceKey(service) + ".hint"));
            tile.setId("appointment-service-" + service.name().toLowerCase(Locale.ROOT));
            tile.getStyleClass().add("appointment-service");
            tile.setWrapText(true);
            tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            tile.setFocusTraversable(false);
            tile.setOnAction(event -> viewModel.chooseService(service));
            return tile;
        }).toList());
        return padded(grid);
    }

    private Node slots() {
        VBox days = new VBox();
        days.getStyleClass().add("appointment-days");
        AppointmentService service = viewModel.service().get();
        if (service != pagedService) {
            pagedService = service;
            dayPage = 0;
        }
        String moving = viewModel.moving().get() == null ? "" : messages.get("appointment.moving",
                time(viewModel.moving().get().startsAt()));
        days.getChildren().add(label("appointment-slot-title", "appointment-subtitle",
                messages.get("appointment.slot.title", service == null ? "" : messages.get(serviceKey(service))) + moving));
        List<LocalDate> allDays = viewModel.slots().stream()
                .map(slot -> slot.startsAt().atZone(viewModel.zone()).toLocalDate()).distinct().toList();
        int pages = Math.max(1, (allDays.size() + DAYS_PER_PAGE - 1) / DAYS_PER_PAGE);
        dayPage = Math.min(dayPage, pages - 1);
        List<LocalDate> shownDays = allDays.subList(Math.min(allDays.size(), dayPage * DAYS_PER_PAGE),
                Math.min(allDays.size(), (dayPage + 1) * DAYS_PER_PAGE));
        Map<LocalDate, FlowPane> byDay = new LinkedHashMap<>();
        int index = 0;
        for (SlotChoice slot : viewModel.slots()) {
            LocalDate day = slot.startsAt().atZone(viewModel.zone()).toLocalDate();
            int slotIndex = index++;
            if (!shownDays.contains(day)) {
                continue;
            }
            FlowPane row = byDay.computeIfAbsent(day, d -> {
                FlowPane times = new FlowPane();
                times.getStyleClass().add("appointment-times");
                Label dayLabel = label("appointment-day-" + shownDays.indexOf(d), "appointment-day",
                        messages.date("appointment.dayPattern", slot.startsAt().atZone(viewModel.zone())));
                days.getChildren().add(new HBox(dayLabel, times));
                HBox.setHgrow(times, Priority.ALWAYS);
                return times;
            });
            String clock = AppointmentTimes.format(slot.startsAt(), viewModel.zone(), "HH:mm", locale());
            Button time = new Button(clock + "\n" + (slot.full() ? messages.get("appointment.slot.fullMark")
                    : messages.get("appointment.slot.free", slot.free())));
            time.setId("appointment-slot-" + slotIndex);
            time.getStyleClass().addAll("appointment-slot", slot.full() ? "appointment-slot-full" : "appointment-slot-open");
            time.setFocusTraversable(false);
            time.setOnAction(event -> viewModel.chooseSlot(slot));
            row.getChildren().add(time);
        }
        if (viewModel.slots().isEmpty()) {
            days.getChildren().add(label("appointment-no-slots", "appointment-line", messages.get("appointment.slot.none")));
        }
        VBox.setVgrow(days, Priority.ALWAYS);
        if (pages == 1) {
            return padded(days);
        }
        // days a page at a time, paged by taps: the kiosk has no scrolling (a scroll bar was the only way to later days)
        Pager pager = new Pager(new Pager.Ids("appointment-days-previous", "appointment-days-page", "appointment-days-next"),
                new Pager.Texts(messages.bind("appointment.days.previous"),
                        new SimpleStringProperty(messages.get("search.page", dayPage + 1, pages)),
                        messages.bind("appointment.days.next")),
                () -> showDayPage(dayPage - 1), () -> showDayPage(dayPage + 1))
                .limits(new SimpleBooleanProperty(dayPage == 0), new SimpleBooleanProperty(dayPage == pages - 1));
        return padded(new VBox(days, pager));
    }

    private void showDayPage(int page) {
        dayPage = Math.max(0, page);
        setCenter(step());
    }

    private Node phone() {
        Label ask = label("appointment-phone-ask", "appointment-line", messages.get("appointment.phone.ask"));
        Label shown = label("appointment-phone", "appointment-phone", "");
        shown.textProperty().bind(viewModel.phone().displayProperty());
        NumericKeypad keypad = new NumericKeypad(viewModel.phone()::press, viewModel.phone()::clear,
                viewModel.phone()::delete, messages);
        Button skip = button("appointment-phone-skip", "appointment.phone.skip", "appointment-secondary", viewModel::skipPhone);
        Button ok = button("appointment-phone-ok", "appointment.phone.ok", "appointment-primary", viewModel::confirmPhone);
        keypad.setMaxWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(24, skip, ok);
        actions.setAlignment(Pos.CENTER);
        VBox column = new VBox(ask, shown, keypad, actions);
        column.getStyleClass().add("appointment-phone-step");
        return centred(column);
    }

    private Node done() {
        Booking booking = viewModel.booking().get();
        VBox box = new VBox();
        box.getStyleClass().add("appointment-done");
        if (booking == null) {
            return box;
        }
        if (booking.state() == BookingState.LOST) {
            box.getChildren().add(label("appointment-lost", "appointment-big", messages.get("appointment.lost",
                    time(booking.startsAt()))));
            if (booking.offeredAt() != null) {
                box.getChildren().add(label("appointment-offered", "appointment-line",
                        messages.get("appointment.offered", time(booking.offeredAt()))));
                box.getChildren().add(button("appointment-take-offered", "appointment.takeOffered",
                        "appointment-primary", viewModel::takeOffered));
            }
            box.getChildren().add(button("appointment-choose-another", "appointment.chooseAnother",
                    "appointment-secondary", () -> viewModel.chooseAnotherTime(booking)));
            if (booking.phone() != null) {
                box.getChildren().add(label("appointment-call-back", "appointment-line", messages.get("appointment.callBack")));
            }
            return centred(box);
        }
        box.getChildren().addAll(
                label("appointment-done-title", "appointment-big", messages.get(booking.state() == BookingState.CONFIRMED
                        ? "appointment.done.confirmed" : "appointment.done.tentative")),
                label("appointment-code", "appointment-code", messages.get("appointment.code", booking.code())),
                label("appointment-time", "appointment-line", messages.get(serviceKey(booking.service())) + "  "
                        + time(booking.startsAt())),
                label("appointment-state", "appointment-line", messages.get(booking.state().labelKey())),
                label("appointment-printed", "appointment-line", messages.get(viewModel.notPrinted().get() == null
                        ? "appointment.printed" : "appointment.notPrinted")));
        return centred(box);
    }

    private Node mine() {
        VBox rows = new VBox();
        rows.getStyleClass().add("appointment-mine");
        rows.getChildren().add(label("appointment-mine-hint", "appointment-line", messages.get(viewModel.identified()
                ? "appointment.mine.identified" : "appointment.mine.anonymous")));
        for (Booking booking : viewModel.mine()) {
            Label text = label("appointment-mine-" + booking.code(), "appointment-line",
                    messages.get("appointment.mine.row", time(booking.startsAt()),
                            messages.get(serviceKey(booking.service())), booking.code(),
                            messages.get(booking.state().labelKey())));
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button move = button("appointment-move-" + booking.code(), "appointment.move", "appointment-secondary",
                    () -> viewModel.chooseAnotherTime(booking));
            Button cancel = button("appointment-cancel-" + booking.code(), "appointment.cancel", "appointment-secondary",
                    () -> viewModel.cancel(booking));
            HBox row = new HBox(16, text, move, cancel);
            row.getStyleClass().add("appointment-mine-row");
            rows.getChildren().add(row);
        }
        Label code = label("appointment-code-entry", "appointment-phone",
                viewModel.code().get().isEmpty() ? messages.get("appointment.code.prompt") : viewModel.code().get());
        GridPane keys = new GridPane();
        keys.getStyleClass().add("appointment-code-keys");
        for (int i = 0; i < CODE_KEYS.length(); i++) {
            char c = CODE_KEYS.charAt(i);
            Button key = new Button(String.valueOf(c));
            key.setId("appointment-code-key-" + c);
            key.getStyleClass().add("appointment-code-key");
            key.setFocusTraversable(false);
            key.setOnAction(event -> viewModel.typeCode(c));
            keys.add(key, i % 8, i / 8);
        }
        Button delete = button("appointment-code-delete", "registration.keypad.delete", "appointment-secondary",
                viewModel::deleteCode);
        Button find = button("appointment-code-find", "appointment.code.find", "appointment-primary", viewModel::findByCode);
        VBox entry = new VBox(12, code, keys, new HBox(16, delete, find));
        entry.getStyleClass().add("appointment-code-entry");
        HBox both = new HBox(32, rows, entry);
        HBox.setHgrow(rows, Priority.ALWAYS);
        return padded(both);
    }

    private String time(Instant at) {
        return messages.date("appointment.timePattern", at.atZone(viewModel.zone()));
    }

    private Locale locale() {
        return messages.language().locale();
    }

    /** The bundle key of a service's name. */
    static String serviceKey(AppointmentService service) {
        return "appointment.service." + service.name();
    }

    private Button button(String id, String key, String styleClass, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(messages.bind(key));
        button.getStyleClass().addAll("big-button", styleClass);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label label(String id, String styleClass, String text) {
        Label label = new Label(text);
        if (!id.isEmpty()) {
            label.setId(id);
        }
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    private static Node centred(Node content) {
        VBox box = new VBox(content);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("appointment-centre");
        return box;
    }

    private static Node padded(Node content) {
        VBox box = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.getStyleClass().add("appointment-body");
        return box;
    }

    private static Region spacer() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }

}
