package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class WatchdogTest {
    @Test
    void answersAtTheLimitWhenTheSolverOverrunsIt() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        Watchdog watchdog = new Watchdog(50, fired::countDown);
        assertTrue(fired.await(5, TimeUnit.SECONDS), "the watchdog did not fire");
        assertFalse(watchdog.claim(), "the solver must stay silent once the watchdog answered");
    }

    @Test
    void staysSilentWhenTheSolverAnswersFirst() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        Watchdog watchdog = new Watchdog(100, runs::incrementAndGet);
        assertTrue(watchdog.claim());
        Thread.sleep(300);
        assertTrue(runs.get() == 0, "the watchdog answered after the solver had");
    }
}
