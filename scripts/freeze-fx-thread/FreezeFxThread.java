import java.lang.reflect.Method;

/**
 * A Java agent for scripts/systemd-watchdog-test.sh: loaded into a running kiosk with
 * {@code jcmd <pid> JVMTI.agent_load <jar>}, it hands the JavaFX Application Thread a task that never ends, as a
 * deadlocked or looping screen would. Nothing else in the kiosk is touched, so what follows is the kiosk's own
 * watchdog noticing and systemd acting on it. Test tool only; never shipped.
 */
public final class FreezeFxThread {

    private FreezeFxThread() {
    }

    public static void agentmain(String arguments) throws ReflectiveOperationException {
        Thread fxThread = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("JavaFX Application Thread"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JavaFX Application Thread in this JVM"));
        Class<?> platform = Class.forName("javafx.application.Platform", true, fxThread.getContextClassLoader());
        Method runLater = platform.getMethod("runLater", Runnable.class);
        runLater.invoke(null, (Runnable) FreezeFxThread::never);
        System.err.println("FreezeFxThread: the JavaFX Application Thread is frozen on purpose");
    }

    private static void never() {
        System.err.println("FreezeFxThread: running on " + Thread.currentThread().getName() + ", never returning");
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // a frozen thread does not answer interrupts either
            }
        }
    }
}
