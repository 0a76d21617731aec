package nl.nvvk.keurmerk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README is the front door and docs/ holds the reference: the README stays short, and every
 * relative link in either resolves to a file that exists and, with an {@code #anchor}, to a heading
 * of that file (GitHub's slugs). Plain JUnit: no Quarkus, no database.
 */
class DocumentationLinksTest {

    static final Path README = Path.of("README.md");
    static final Path DOCS = Path.of("docs");
    static final int README_MAX_LINES = 150;

    /** {@code [text](target)} and {@code ![alt](target)}, with an optional title after the target. */
    static final Pattern LINK = Pattern.compile(
            "\\[(?:[^\\[\\]\\n]|\\n(?![ \\t]*\\n)|\\[[^\\]\\n]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    static final Pattern INLINE_CODE = Pattern.compile("`+[^`]*`+");

    @Test
    void theReadmeIsAFrontDoorNotAManual() throws IOException {
        int lines = Files.readAllLines(README, StandardCharsets.UTF_8).size();
        assertTrue(lines <= README_MAX_LINES,
                "README.md has " + lines + " lines; keep it at most " + README_MAX_LINES
                        + " and move reference text into docs/");
    }

    @Test
    void everyRelativeLinkResolvesToAFileAndHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : documents()) {
            String text = readable(Files.readAllLines(file, StandardCharsets.UTF_8));
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (isExternal(target)) {
                    continue;
                }
                checked++;
                String problem = problemWith(file, target);
                if (problem != null) {
                    int line = 1 + (int) text.substring(0, link.start()).chars().filter(c -> c == '\n').count();
                    broken.add(file + ":" + line + ": (" + target + ") " + problem);
                }
            }
        }
        assertTrue(checked > 0, "no relative links found: is the working directory the project root?");
        assertEquals(List.of(), broken, "broken links in the documentation");
    }

    @Test
    void slugsAreGitHubs() {
        assertEquals("benchmarks", slug("Benchmarks"));
        assertEquals("in-gesprek-met-peer-consultation", slug("\"In gesprek met\" (peer consultation)"));
        assertEquals("package-map-nlnvvkkeurmerk", slug("Package map (`nl.nvvk.keurmerk`)"));
        assertEquals("building-on-this-the-conventions", slug("Building on this: the conventions"));
        assertEquals("7-webhooks", slug("7. Webhooks"));
        assertEquals("objections-bezwaar", slug("Objections (bezwaar)"));
        assertEquals("één-coördinator_ok", slug("Één coördinator_ok"));
        assertEquals("a--b", slug("A — b"));
        assertEquals("see-the-guide", slug("See [the guide](docs/x.md)"));
        assertEquals("bold-text", slug("**Bold** text"));
    }

    static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(README);
        try (Stream<Path> docs = Files.list(DOCS)) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    static boolean isExternal(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    /** Null when the link resolves, else what is wrong with it. */
    static String problemWith(Path from, String target) throws IOException {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
        Path resolved = path.isEmpty()
                ? from
                : from.toAbsolutePath().getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!Files.exists(resolved)) {
            return "no such file: " + resolved;
        }
        if (anchor == null) {
            return null;
        }
        if (!resolved.getFileName().toString().endsWith(".md") || Files.isDirectory(resolved)) {
            return "an anchor into a file that is not Markdown";
        }
        Set<String> anchors = anchorsOf(resolved);
        return anchors.contains(anchor) ? null : "no heading with the slug '" + anchor + "' in " + resolved;
    }

    /** The anchors GitHub gives a file's headings; a repeated slug gets -1, -2, … */
    static Set<String> anchorsOf(Path file) throws IOException {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inFence = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (inFence || !heading.matches()) {
                continue;
            }
            String slug = slug(heading.group(2));
            int times = seen.merge(slug, 1, Integer::sum);
            anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
        }
        return anchors;
    }

    /**
     * GitHub's slug of a heading: its text as rendered (a link's text, no emphasis markers),
     * lower-cased, every character but letters, marks, digits, connector punctuation ('_'), spaces
     * and '-' dropped (quotes, dots, colons, parentheses, dashes other than '-'), each space a '-'.
     */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[*`]", "");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }

    /**
     * The file's text as links are read from it: fenced code blocks blanked (their lines kept, so
     * line numbers stay right), and inline code that is not a link's text blanked too.
     */
    static String readable(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean inFence = false;
        for (String line : lines) {
            boolean fence = FENCE.matcher(line).find();
            if (fence) {
                inFence = !inFence;
            }
            text.append(fence || inFence ? "" : withoutCodeOutsideLinks(line)).append('\n');
        }
        return text.toString();
    }

    /** Blanks inline code that is not a link's text, so `a[0](b)` in code is not read as a link. */
    static String withoutCodeOutsideLinks(String line) {
        StringBuilder out = new StringBuilder();
        Matcher code = INLINE_CODE.matcher(line);
        int last = 0;
        while (code.find()) {
            boolean linkText = code.start() > 0 && line.charAt(code.start() - 1) == '['
                    && line.startsWith("](", code.end());
            out.append(line, last, code.start());
            out.append(linkText ? code.group() : " ".repeat(code.group().length()));
            last = code.end();
        }
        return out.append(line.substring(last)).toString();
    }
}
