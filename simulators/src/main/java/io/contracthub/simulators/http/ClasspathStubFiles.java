package io.contracthub.simulators.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * A simulator's stub files, read from the classpath: WireMock mappings in {@code wiremock/<name>/mappings/*.json}, their
 * {@code bodyFileName}s in {@code wiremock/<name>/__files}. Read here rather than by WireMock's own classpath file
 * source, which cannot open a jar nested in the sandbox's Spring Boot jar; a body file is inlined into its stub.
 * Stubs added at run time ({@code POST /__admin/mappings}) are never written back.
 */
final class ClasspathStubFiles implements MappingsSource {

    private final ClassLoader classLoader;
    private final String root;

    ClasspathStubFiles(String simulator) {
        this(ClasspathStubFiles.class.getClassLoader(), simulator);
    }

    ClasspathStubFiles(ClassLoader classLoader, String simulator) {
        this.classLoader = classLoader;
        this.root = "wiremock/" + simulator;
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        for (String file : jsonFilesIn(root + "/mappings")) {
            StubMapping stub = StubMapping.buildFrom(new String(read(root + "/mappings/" + file), StandardCharsets.UTF_8));
            String bodyFile = stub.getResponse().getBodyFileName();
            if (bodyFile != null) {
                stub.setResponse(ResponseDefinitionBuilder.like(stub.getResponse()).withBodyFile(null)
                        .withBody(read(root + "/__files/" + bodyFile)).build());
            }
            stubMappings.addMapping(stub);
        }
    }

    private List<String> jsonFilesIn(String directory) {
        URL url = classLoader.getResource(directory);
        if (url == null) {
            return List.of();
        }
        try {
            List<String> names = "file".equals(url.getProtocol()) ? inDirectory(url) : inJar(url, directory);
            Collections.sort(names);
            return names;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the stub files in " + url, e);
        }
    }

    private static List<String> inDirectory(URL url) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return new ArrayList<>(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).toList());
        }
    }

    /** A plain jar or one nested in a Spring Boot jar: both answer a {@link JarURLConnection}. */
    private static List<String> inJar(URL url, String directory) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            throw new IOException("neither a directory nor a jar");
        }
        String prefix = directory + "/";
        List<String> names = new ArrayList<>();
        jar.getJarFile().stream().map(entry -> entry.getName())
                .filter(name -> name.startsWith(prefix) && name.endsWith(".json") && name.indexOf('/', prefix.length()) < 0)
                .forEach(name -> names.add(name.substring(prefix.length())));
        return names;
    }

    private byte[] read(String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No stub file " + resource + " on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void save(List<StubMapping> stubMappings) {
    }

    @Override
    public void save(StubMapping stubMapping) {
    }

    @Override
    public void remove(StubMapping stubMapping) {
    }

    @Override
    public void removeAll() {
    }
}
