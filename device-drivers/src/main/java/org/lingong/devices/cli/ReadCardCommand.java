package org.lingong.devices.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.lingong.devices.idcard.CardReadOutcome;
import org.lingong.devices.idcard.ReadMode;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.spec.TransportSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code read-card}: waits for a card on the reader and prints it, masked unless {@code --reveal}. */
@Command(name = "read-card", description = {"Wait for an ID card on the reader and read it.",
    "Name, ID number and address are masked (张*三, 150***********1234, 内蒙古自治区***) unless --reveal:",
    "terminals are watched and logged."})
final class ReadCardCommand implements Callable<Integer> {

    private static final Duration POLL_GAP = Duration.ofMillis(200);

    @ParentCommand
    DeviceCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "SPEC",
            description = "Reader port: /dev/ttyUSB0, serial:/dev/ttyS0@115200, tcp:HOST:PORT, sim:idcard")
    String port;

    @Option(names = "--baud", paramLabel = "B", description = "Serial baud (default: try 115200, then 9600)")
    Integer baud;

    @Option(names = "--json", description = "Print one JSON object instead of text")
    boolean json;

    @Option(names = "--reveal", description = "Print name, ID number and address unmasked")
    boolean reveal;

    @Option(names = "--timeout", paramLabel = "D", defaultValue = "10s", converter = DurationConverter.class,
            description = "How long to wait for a card (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() throws TransportException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (ReaderConnection reader = ReaderConnection.open(TransportSpec.parse(port), baud, cli.simulators())) {
            if (!json) {
                out.println("reader on " + reader.describe() + "; waiting up to " + timeout.toSeconds()
                        + " s for a card…");
                out.flush();
            }
            CardReadOutcome.CardRead read = awaitCard(reader);
            out.println(json ? CardFields.json(read.card(), reveal) : CardFields.text(read.card(), reveal).stripTrailing());
            out.flush();
            return ExitCodes.OK;
        }
    }

    private CardReadOutcome.CardRead awaitCard(ReaderConnection reader) throws TransportException, InterruptedException {
        Deadline deadline = Deadline.in(timeout);
        CardReadOutcome last = new CardReadOutcome.NoCard();
        while (true) {
            last = reader.session().readCard(ReadMode.TEXT_PHOTO);
            if (last instanceof CardReadOutcome.CardRead read) {
                return read;
            }
            if (last instanceof CardReadOutcome.InvalidCardData invalid) {
                throw new CliFailure(ExitCodes.OTHER, "the card's data does not decode ("
                        + invalid.error().getMessage() + "): try again, or the card may be damaged");
            }
            if (deadline.isExpired()) {
                throw new CliFailure(ExitCodes.NO_ANSWER, noCardMessage(last));
            }
            Thread.sleep(POLL_GAP.toMillis());
        }
    }

    private String noCardMessage(CardReadOutcome last) {
        if (last instanceof CardReadOutcome.ReadFailed failed) {
            return "a card is there but could not be read within " + timeout.toSeconds() + " s (" + failed.step()
                    + " answered " + failed.result() + "): lay it flat and still on the reader";
        }
        return "no card on the reader within " + timeout.toSeconds() + " s: lay the card flat on the reader and try again";
    }
}
