package org.lingong.devices.printer.sim;

import java.io.IOException;

/** What the interpreter reports besides printed content: real-time requests and command boundaries. */
interface InterpreterEvents {

    /** {@code DLE EOT n}, n = 1..4: the printer must answer now. */
    void statusRequested(int n) throws IOException;

    /** {@code GS a n}: automatic status back enabled ({@code n != 0}) or disabled. */
    void asbRequested(int n) throws IOException;

    /** {@code GS V}: the receipt is complete. */
    void cut() throws IOException;

    /** After each complete command; {@code jobBytes} counts every byte so far except DLE EOT requests. */
    void commandDone(long jobBytes) throws IOException;
}
