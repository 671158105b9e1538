package org.lingong.kiosk.demo;

import java.util.Optional;

import javafx.stage.Stage;

import org.lingong.kiosk.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo panel's window beside the kiosk with {@code kiosk.demo.enabled}; nothing otherwise. JavaFX thread. */
public final class DemoPanel {

    private static final Logger log = LoggerFactory.getLogger(DemoPanel.class);

    private final boolean enabled;
    private final DemoPanelViewModel viewModel;
    private final Messages messages;

    public DemoPanel(boolean enabled, DemoPanelViewModel viewModel, Messages messages) {
        this.enabled = enabled;
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** Opens the panel's window next to {@code kiosk} when demo mode is on. */
    public Optional<Stage> openBeside(Stage kiosk) {
        if (!enabled) {
            return Optional.empty();
        }
        Stage panel = DemoPanelWindow.open(kiosk, viewModel, messages);
        log.info("Demo mode: simulator panel opened beside the kiosk");
        return Optional.of(panel);
    }
}
