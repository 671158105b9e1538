package org.lingong.platform.server.figures;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.PageHtml;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures in the console: {@code /console/stats} (dashboard), {@code /console/stats/export.xlsx} (Excel) and
 * {@code /console/stats/report.pdf} (monthly report of a 盟市). Scope by {@code region} (4-digit code) or
 * {@code station}, and {@code month} (yyyy-MM, default this month). An unknown scope or month is answered with a
 * message on the dashboard (400), never a 500. Access: see {@code config.SlipCheckAndStatsSecurityConfig}.
 */
@RestController
class FiguresController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FiguresService figures;
    private final Clock clock;

    private final CurrentAccount account;

    FiguresController(FiguresService figures, Clock clock, CurrentAccount account) {
        this.figures = figures;
        this.clock = clock;
        this.account = account;
    }

    /** The scope asked for, if it exists and the signed-in account may read it; none asked: the account's own. */
    private Optional<Figures.Scope> readable(String region, String station) {
        SignedIn who = account.require();
        if (blank(region) && blank(station)) {
            return figures.home(who);
        }
        return figures.scope(region, station).filter(scope -> figures.mayRead(scope, who));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @GetMapping("/console/stats")
    ResponseEntity<String> dashboard(@RequestParam(required = false) String region,
                                     @RequestParam(required = false) String station,
                                     @RequestParam(required = false) String month) {
        Optional<Figures.Scope> scope = readable(region, station);
        Optional<YearMonth> chosen = month(month);
        if (scope.isEmpty() || chosen.isEmpty()) {
            Optional<Figures.Scope> home = figures.home(account.require());
            if (home.isEmpty()) {
                return PageHtml.answer(403, PageHtml.head("就业数据", "") + "<p>您的账号没有可查看的驿站或地区。</p></body></html>");
            }
            Figures.Scope fallback = home.get();
            String message = scope.isEmpty() ? "没有这个盟市或驿站（或不在您的地区），已显示" + fallback.name() + "。"
                    : "月份应为 2020-01 至本月之间的 yyyy-MM，已显示本月。";
            Figures.Scope shown = scope.orElse(fallback);
            return PageHtml.answer(400, page(figures.figures(shown, chosen.orElse(figures.thisMonth())), message));
        }
        return PageHtml.answer(200, page(figures.figures(scope.get(), chosen.get()), null));
    }

    @GetMapping("/console/stats/export.xlsx")
    ResponseEntity<?> workbook(@RequestParam(required = false) String region, @RequestParam(required = false) String station,
                               @RequestParam(required = false) String month) {
        Optional<Figures.Scope> scope = readable(region, station);
        Optional<YearMonth> chosen = month(month);
        if (scope.isEmpty() || chosen.isEmpty()) {
            return dashboard(region, station, month);
        }
        Figures f = figures.figures(scope.get(), chosen.get());
        return ResponseEntity.ok().contentType(XLSX).header("Content-Disposition", attachment(f, "xlsx"))
                .body(FiguresWorkbook.write(f));
    }

    @GetMapping("/console/stats/report.pdf")
    ResponseEntity<?> report(@RequestParam(required = false) String region, @RequestParam(required = false) String month) {
        Optional<Figures.Scope> scope = readable(region, null).filter(s -> s.kind().equals("region"));
        Optional<YearMonth> chosen = month(month);
        if (scope.isEmpty() || chosen.isEmpty()) {
            return dashboard(region, null, month);
        }
        Figures f = figures.figures(scope.get(), chosen.get());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header("Content-Disposition", attachment(f, "pdf"))
                .body(MonthlyReportPdf.render(f, clock.instant()));
    }

    private String page(Figures shown, String message) {
        String regionCode = shown.scope().kind().equals("region") ? shown.scope().code()
                : figures.regionOfStation(shown.scope().code());
        SignedIn who = account.require();
        return DashboardPage.render(shown, figures.regionsFor(who), regionCode, figures.stationsOf(regionCode).stream()
                .filter(station -> figures.mayRead(new Figures.Scope("station", station.code(), station.name()), who))
                .toList(), message);
    }

    private Optional<YearMonth> month(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(figures.thisMonth());
        }
        try {
            return Optional.of(YearMonth.parse(text.strip())).filter(figures::plausible);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String attachment(Figures f, String extension) {
        String name = "lingong-" + f.scope().code() + "-" + f.month() + "." + extension;
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
