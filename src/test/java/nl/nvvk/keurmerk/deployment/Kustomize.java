package nl.nvvk.keurmerk.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders a kustomization as kustomize does for the features k8s/ uses, and refuses any other: the
 * fallback of {@link Overlays} where kubectl (and so kustomize) is not installed, as on a fresh CI
 * machine; where it is, KubernetesSchemaTest holds this renderer to kustomize's own rendering.
 * resources (files, and directories with a kustomization), patches (strategic merge: the patch names its target by apiVersion, kind and name;
 * maps merge; the pod's containers, env and volumes merge by name as kustomize does, every other list
 * is replaced, as kustomize does for custom resources), images (name → newName, newTag) and namespace.
 */
final class Kustomize {
    private static final List<String> SUPPORTED = List.of("apiVersion", "kind", "namespace", "resources", "patches", "images");
    /** The lists kustomize's strategic merge merges by name in what k8s/ patches; every other list is replaced. */
    private static final List<String> MERGED_BY_NAME = List.of("containers", "initContainers", "env", "volumes");

    private Kustomize() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> render(Path directory) {
        Map<String, Object> kustomization = load(directory.resolve("kustomization.yaml")).get(0);
        kustomization.keySet().forEach(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(directory + ": '" + field + "' is a kustomize feature the tests do not render; keep to " + SUPPORTED);
            }
        });
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String resource : (List<String>) kustomization.getOrDefault("resources", List.of())) {
            Path path = directory.resolve(resource).normalize();
            documents.addAll(Files.isDirectory(path) ? render(path) : load(path));
        }
        for (Map<String, String> patch : (List<Map<String, String>>) kustomization.getOrDefault("patches", List.of())) {
            for (Map<String, Object> change : load(directory.resolve(patch.get("path")))) {
                Map<String, Object> target = documents.stream()
                        .filter(document -> Objects.equals(document.get("apiVersion"), change.get("apiVersion"))
                                && Objects.equals(document.get("kind"), change.get("kind")) && name(document).equals(name(change)))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("A patch for a resource that is not there: " + change.get("kind") + " " + name(change)));
                merge(target, change);
            }
        }
        for (Map<String, String> image : (List<Map<String, String>>) kustomization.getOrDefault("images", List.of())) {
            if (image.get("newTag") == null) {
                throw new IllegalArgumentException(directory + ": an image entry without newTag; the tests render tags only");
            }
            documents.forEach(document -> containers(document).forEach(container -> {
                String current = (String) container.get("image");
                String name = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                if (name.equals(image.get("name"))) {
                    container.put("image", image.getOrDefault("newName", name) + ":" + image.get("newTag"));
                }
            }));
        }
        if (kustomization.get("namespace") instanceof String namespace) {
            documents.forEach(document -> metadata(document).put("namespace", namespace));
        }
        return documents;
    }

    static List<Map<String, Object>> load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of a YAML stream, as maps and lists of their own. */
    static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document != null) {
                documents.add(deepCopy(document));
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(Map<String, Object> document) {
        return (Map<String, Object>) document.get("metadata");
    }

    static String name(Map<String, Object> document) {
        return (String) metadata(document).get("name");
    }

    /** The containers of a workload's pod template. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> containers(Map<String, Object> document) {
        if (!"Deployment".equals(document.get("kind"))) {
            return List.of();
        }
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.get("spec")).get("template")).get("spec");
        return (List<Map<String, Object>>) pod.get("containers");
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> change) {
        change.forEach((key, value) -> {
            Object current = target.get(key);
            if (current instanceof Map<?, ?> map && value instanceof Map<?, ?> patch) {
                merge((Map<String, Object>) map, (Map<String, Object>) patch);
            } else if (current instanceof List<?> list && value instanceof List<?> patch && MERGED_BY_NAME.contains(key)) {
                for (Object item : patch) {
                    Map<String, Object> patchItem = (Map<String, Object>) item;
                    list.stream().map(existing -> (Map<String, Object>) existing).filter(existing -> existing.get("name").equals(patchItem.get("name")))
                            .findFirst().ifPresentOrElse(existing -> merge(existing, patchItem), () -> ((List<Object>) list).add(patchItem));
                }
            } else {
                target.put(key, value);
            }
        });
    }


    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), deepCopy(item)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(deepCopy(item)));
            return (T) copy;
        }
        return (T) value;
    }
}
