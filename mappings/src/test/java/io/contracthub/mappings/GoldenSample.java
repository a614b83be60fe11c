package io.contracthub.mappings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One golden sample pair at {@code <system>/samples/<mapping>--<case>.input.json} (+ {@code .expected.json}),
 * mapped with the classpath resource {@code mappings/<system>/<mapping>.jslt}.
 */
record GoldenSample(Path input, Path expected, String system, String mapping, String caseName) {

    static final Path MODULE_ROOT = Path.of("").toAbsolutePath();
    private static final String INPUT_SUFFIX = ".input.json";
    private static final String EXPECTED_SUFFIX = ".expected.json";
    private static final String MAPPING_SEPARATOR = "--";

    static List<GoldenSample> discoverAll() {
        return systemFolders()
                .flatMap(system -> listFiles(system.resolve("samples")))
                .filter(file -> file.getFileName().toString().endsWith(INPUT_SUFFIX))
                .map(GoldenSample::of)
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();
    }

    static List<Path> discoverMappings() {
        return systemFolders()
                .flatMap(GoldenSample::listFiles)
                .filter(file -> file.getFileName().toString().endsWith(".jslt"))
                .sorted()
                .toList();
    }

    static GoldenSample of(Path input) {
        String fileName = input.getFileName().toString();
        String baseName = fileName.substring(0, fileName.length() - INPUT_SUFFIX.length());
        int separator = baseName.indexOf(MAPPING_SEPARATOR);
        if (separator <= 0) {
            throw new IllegalStateException(
                    "Golden sample " + input + " must be named <mapping>--<case>" + INPUT_SUFFIX);
        }
        String system = input.getParent().getParent().getFileName().toString();
        return new GoldenSample(
                input,
                input.resolveSibling(baseName + EXPECTED_SUFFIX),
                system,
                baseName.substring(0, separator),
                baseName.substring(separator + MAPPING_SEPARATOR.length()));
    }

    String mappingResource() {
        return "mappings/" + system + "/" + mapping + ".jslt";
    }

    @Override
    public String toString() {
        return system + "/" + mapping + "--" + caseName;
    }

    private static Stream<Path> systemFolders() {
        return listFiles(MODULE_ROOT)
                .filter(Files::isDirectory)
                .filter(dir -> !List.of("src", "target").contains(dir.getFileName().toString()))
                .filter(dir -> !dir.getFileName().toString().startsWith("."));
    }

    private static Stream<Path> listFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
