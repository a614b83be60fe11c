package io.contracthub.simulators.http;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Stub files are read from a jar as well as from a directory: the sandbox runs the simulators from its jar. */
class ClasspathStubFilesTest {

    @TempDir
    Path directory;

    @Test
    void readsTheStubFilesOfAJarWithTheirBodyFilesInlined() throws Exception {
        Path jar = jar(List.of("wiremock/", "wiremock/jarred/", "wiremock/jarred/mappings/", "wiremock/jarred/__files/"),
                "wiremock/jarred/mappings/hello.json", """
                        {"request": {"method": "GET", "url": "/hello"},
                         "response": {"status": 200, "bodyFileName": "hello.txt"}}""",
                "wiremock/jarred/__files/hello.txt", "hello from a jar");

        List<StubMapping> stubs = load(jar, "jarred");

        assertThat(stubs).hasSize(1);
        assertThat(stubs.get(0).getRequest().getUrl()).isEqualTo("/hello");
        assertThat(stubs.get(0).getResponse().getBodyFileName()).isNull();
        assertThat(new String(stubs.get(0).getResponse().getByteBody(), StandardCharsets.UTF_8)).isEqualTo("hello from a jar");
    }

    @Test
    void aSimulatorWithoutStubFilesHasNoStubs() throws Exception {
        Path jar = jar(List.of("wiremock/"), "wiremock/readme.txt", "no simulator here");

        assertThat(load(jar, "jarred")).isEmpty();
    }

    private static List<StubMapping> load(Path jar, String simulator) throws Exception {
        List<StubMapping> added = new ArrayList<>();
        StubMappings recording = (StubMappings) Proxy.newProxyInstance(StubMappings.class.getClassLoader(),
                new Class<?>[] {StubMappings.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("addMapping")) {
                        added.add((StubMapping) arguments[0]);
                    }
                    return null;
                });
        try (URLClassLoader classLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            new ClasspathStubFiles(classLoader, simulator).loadMappingsInto(recording);
        }
        return added;
    }

    /** A jar as Maven packs one: a directory entry for each directory, then the files (name, content, ...). */
    private Path jar(List<String> directories, String... files) throws Exception {
        Path jar = directory.resolve("stubs.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
            for (String name : directories) {
                entries.putNextEntry(new JarEntry(name));
                entries.closeEntry();
            }
            for (int i = 0; i < files.length; i += 2) {
                entries.putNextEntry(new JarEntry(files[i]));
                entries.write(files[i + 1].getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }
        return jar;
    }
}
