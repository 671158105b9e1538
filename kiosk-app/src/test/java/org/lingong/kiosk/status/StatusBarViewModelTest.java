package org.lingong.kiosk.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;

class StatusBarViewModelTest {

    @Test
    void everythingIsUnknownUntilStarted() {
        StatusBarViewModel vm = new StatusBarViewModel(new DemoDeviceStatusSource(), new CurrentThreadTaskExecutor());

        assertThat(vm.stateProperty(DeviceKind.ID_CARD_READER).get()).isEqualTo(DeviceState.UNKNOWN);
        assertThat(vm.stateProperty(DeviceKind.PLATFORM).get()).isEqualTo(DeviceState.UNKNOWN);
    }

    @Test
    void startsFromTheSourcesSnapshot() {
        StatusBarViewModel vm = new StatusBarViewModel(new DemoDeviceStatusSource(), new CurrentThreadTaskExecutor());
        vm.start();

        assertThat(vm.stateProperty(DeviceKind.ID_CARD_READER).get()).isEqualTo(DeviceState.READY);
        assertThat(vm.stateProperty(DeviceKind.PLATFORM).get()).isEqualTo(DeviceState.OFFLINE);
    }

    @Test
    void devicesTheSourceDoesNotKnowStayUnknown() {
        DeviceStatusSource onlyPrinter = new DeviceStatusSource() {
            @Override
            public List<DeviceStatus> snapshot() {
                return List.of(new DeviceStatus(DeviceKind.PRINTER, DeviceState.ATTENTION));
            }

            @Override
            public AutoCloseable subscribe(java.util.function.Consumer<DeviceStatus> listener) {
                return () -> { };
            }
        };

        StatusBarViewModel vm = new StatusBarViewModel(onlyPrinter, new CurrentThreadTaskExecutor());
        vm.start();

        assertThat(vm.stateProperty(DeviceKind.PRINTER).get()).isEqualTo(DeviceState.ATTENTION);
        assertThat(vm.stateProperty(DeviceKind.SCANNER).get()).isEqualTo(DeviceState.UNKNOWN);
    }

    @Test
    void updatesArePassedThroughTheUiThreadOfTheExecutor() {
        List<Runnable> uiQueue = new ArrayList<>();
        TaskExecutor deferringUi = new TaskExecutor() {
            @Override
            public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> ok,
                    java.util.function.Consumer<? super Throwable> failed) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void runOnUiThread(Runnable action) {
                uiQueue.add(action);
            }
        };
        DemoDeviceStatusSource source = new DemoDeviceStatusSource();
        StatusBarViewModel vm = new StatusBarViewModel(source, deferringUi);
        vm.start();

        source.publish(new DeviceStatus(DeviceKind.PRINTER, DeviceState.OFFLINE));
        assertThat(vm.stateProperty(DeviceKind.PRINTER).get()).isEqualTo(DeviceState.READY);

        uiQueue.forEach(Runnable::run);
        assertThat(vm.stateProperty(DeviceKind.PRINTER).get()).isEqualTo(DeviceState.OFFLINE);
    }

    @Test
    void startingTwiceSubscribesOnce() {
        int[] subscriptions = {0};
        DemoDeviceStatusSource demo = new DemoDeviceStatusSource();
        DeviceStatusSource counting = new DeviceStatusSource() {
            @Override
            public List<DeviceStatus> snapshot() {
                return demo.snapshot();
            }

            @Override
            public AutoCloseable subscribe(java.util.function.Consumer<DeviceStatus> listener) {
                subscriptions[0]++;
                return demo.subscribe(listener);
            }
        };
        StatusBarViewModel vm = new StatusBarViewModel(counting, new CurrentThreadTaskExecutor());

        vm.start();
        vm.start();

        assertThat(subscriptions[0]).isEqualTo(1);
    }

    @Test
    void closingStopsUpdates() throws Exception {
        DemoDeviceStatusSource source = new DemoDeviceStatusSource();
        StatusBarViewModel vm = new StatusBarViewModel(source, new CurrentThreadTaskExecutor());
        vm.start();

        vm.close();
        source.publish(new DeviceStatus(DeviceKind.SCANNER, DeviceState.OFFLINE));

        assertThat(vm.stateProperty(DeviceKind.SCANNER).get()).isEqualTo(DeviceState.READY);
    }
}
