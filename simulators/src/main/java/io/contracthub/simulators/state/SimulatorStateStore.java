package io.contracthub.simulators.state;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps simulators' state in {@code <directory>/<name>.json} across restarts: a simulator handed to {@link #keep} gets
 * its last snapshot back at once, and from then on its snapshot is written whenever it changed (looked at every
 * {@code interval}, so a killed process loses at most that much) and once more on {@link #close()}. Each file is
 * replaced atomically, so a crash never leaves half a snapshot.
 */
public final class SimulatorStateStore implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SimulatorStateStore.class.getName());

    private final Path directory;
    private final Map<String, Object> simulators = new ConcurrentHashMap<>();
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer;

    public SimulatorStateStore(Path directory, Duration interval) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the simulators' state directory " + directory, e);
        }
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "simulator-state-writer");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::saveChangedQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Restores {@code simulator} from its snapshot, if there is one, and keeps it from now on. */
    public <T> T keep(String name, T simulator) {
        Path file = file(name);
        if (Files.isRegularFile(file)) {
            try {
                String json = Files.readString(file);
                SimulatorSnapshot.restore(simulator, SimulatorSnapshot.JSON.readTree(json));
                written.put(name, json);
            } catch (IOException | RuntimeException unreadable) {
                Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
                LOG.log(System.Logger.Level.WARNING, "the {0} simulator starts as new: its snapshot {1} cannot be read ({2}); "
                        + "moved to {3}", name, file, unreadable.getMessage(), aside);
                moveAside(file, aside);
            }
        }
        simulators.put(name, simulator);
        return simulator;
    }

    /**
     * Writes the snapshot of every kept simulator whose state differs from what its file holds; one simulator that
     * cannot be written does not keep the others from being written.
     *
     * @throws IOException the first failure, after every simulator was tried
     */
    public synchronized void saveChanged() throws IOException {
        IOException failure = null;
        for (Map.Entry<String, Object> simulator : simulators.entrySet()) {
            try {
                save(simulator.getKey(), simulator.getValue());
            } catch (IOException | RuntimeException e) {
                IOException named = new IOException("the " + simulator.getKey() + " simulator: " + e.getMessage(), e);
                if (failure == null) {
                    failure = named;
                } else {
                    failure.addSuppressed(named);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void save(String name, Object simulator) throws IOException {
        JsonNode snapshot = SimulatorSnapshot.take(simulator);
        String json = SimulatorSnapshot.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(snapshot);
        if (!json.equals(written.get(name))) {
            write(file(name), json);
            written.put(name, json);
        }
    }

    public Path file(String name) {
        return directory.resolve(name + ".json");
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
            saveChanged();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the simulators' last snapshots could not be written: {0}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void saveChangedQuietly() {
        try {
            saveChanged();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a simulator snapshot could not be written (tried again shortly): {0}", e.getMessage());
        }
    }

    private static void write(Path file, String json) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, json);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void moveAside(Path file, Path aside) {
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the unreadable snapshot " + file + " aside", e);
        }
    }
}
