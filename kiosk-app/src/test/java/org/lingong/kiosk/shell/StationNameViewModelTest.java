package org.lingong.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.executor.TaskExecutor;

/** The top bar's station name follows a rename on the UI thread only, and ends on the name in force. */
class StationNameViewModelTest {

    /** Holds what is meant for the UI thread until the test runs it, in an order the test chooses. */
    private static final class UiQueue implements TaskExecutor {
        final Deque<Runnable> ui = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            throw new UnsupportedOperationException("no background work here");
        }

        @Override
        public void runOnUiThread(Runnable action) {
            ui.add(action);
        }
    }

    private final CurrentStation station = new CurrentStation("幸福路零工驿站", "ST-150102-001");
    private final UiQueue executor = new UiQueue();
    private final StationNameViewModel viewModel = new StationNameViewModel(station, executor);

    @Test
    void showsTheNameInForceAndARenameOnlyOnTheUiThread() {
        assertThat(viewModel.nameProperty().get()).isEqualTo("幸福路零工驿站");

        station.rename("海拉尔东路零工驿站");

        assertThat(viewModel.nameProperty().get()).as("not changed off the UI thread").isEqualTo("幸福路零工驿站");
        executor.ui.poll().run();
        assertThat(viewModel.nameProperty().get()).isEqualTo("海拉尔东路零工驿站");
    }

    @Test
    void twoQuickRenamesRunInEitherOrderEndOnTheLastName() {
        station.rename("甲驿站");
        station.rename("乙驿站");

        executor.ui.pollLast().run();
        executor.ui.pollLast().run();

        assertThat(viewModel.nameProperty().get()).isEqualTo("乙驿站");
    }
}
