package org.lingong.devices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of the CLI with captured stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        CommandLine cli = DeviceCli.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Asserts the run failed with {@code code} and exactly one {@code error:} line on stderr; returns that line. */
    String assertOneError(int code) {
        assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(code);
        assertThat(errLines()).as("stderr").hasSize(1);
        assertThat(errLines().get(0)).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
        return errLines().get(0);
    }

    CliRun assertSuccess() {
        assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
        assertThat(err).isEmpty();
        return this;
    }
}
