package nl.nvvk.keurmerk.shared.error;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Reads the production sources for every problem they can raise: the slugs and detail templates
 * passed where a problem is made (ProblemException subclasses, StandardProblem, the mappers'
 * own). Outside shared.error a template must be a literal (or a choice between literals): one
 * pre-formatted (".formatted(…)") or built by concatenating values would have no Dutch form.
 */
final class ProblemSources {
    static final Path MAIN = Path.of("src", "main", "java");
    private static final Path SHARED_ERROR = Path.of("nl", "nvvk", "keurmerk", "shared", "error");

    /** A way a problem is made: where in the call its slug and its template are (-1: not there), and what the template argument is. */
    private enum Form {
        DOMAIN_RULE("new\\s+DomainRuleViolation\\s*\\(", 0, 1),
        FORBIDDEN("new\\s+Forbidden\\s*\\(", -1, 0),
        NOT_FOUND("new\\s+NotFound\\s*\\(", -1, 0),
        NOT_FOUND_SAYING("NotFound\\s*\\.\\s*saying\\s*\\(", -1, 0),
        INVALID("new\\s+InvalidContent\\s*\\(", -1, 0),
        REFUSE_ANY("refuseAny\\s*\\(", -1, 0),
        UNAVAILABLE("new\\s+Unavailable\\s*\\(", 0, 2),
        MALFORMED_BODY("new\\s+MalformedBody\\s*\\(", 0, 2),
        JSON_MISMATCH("\\bmismatch\\s*\\(", -1, 1),
        IN_LANGUAGE("\\.problem\\s*\\(", 1, 5),
        STANDARD_WITH_DETAIL("StandardProblem\\.[A-Z_]+\\.at\\s*\\(", -1, 2),
        SUPER("\\bsuper\\s*\\(", 1, 3);

        final java.util.regex.Pattern head;
        final int slug;
        final int template;

        Form(String head, int slug, int template) {
            this.head = java.util.regex.Pattern.compile(head);
            this.slug = slug;
            this.template = template;
        }
    }

    final Set<String> slugs = new LinkedHashSet<>();
    final Set<String> templates = new LinkedHashSet<>();
    final List<String> unreadable = new ArrayList<>();

    static ProblemSources read() {
        ProblemSources found = new ProblemSources();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                found.scan(MAIN.relativize(file), Java.withoutComments(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (StandardProblem standard : StandardProblem.values()) {
            found.slugs.add(standard.slug());
            found.templates.add(standard.detail());
        }
        return found;
    }

    private void scan(Path file, String source) {
        boolean plumbing = file.startsWith(SHARED_ERROR);
        for (Form form : Form.values()) {
            Matcher head = form.head.matcher(source);
            while (head.find()) {
                if (Java.inLiteral(source, head.start())) {
                    continue;
                }
                List<String> arguments = Java.arguments(source, head.end());
                if (arguments.isEmpty() || form == Form.SUPER && !plumbing || form == Form.STANDARD_WITH_DETAIL && arguments.size() < 3) {
                    continue;
                }
                String where = file + ": " + source.substring(head.start(), Math.min(source.length(), head.end() + 80)).replaceAll("\\s+", " ");
                if (form.slug >= 0 && form.slug < arguments.size()) {
                    List<String> literal = Java.literals(arguments.get(form.slug));
                    if (literal.size() == 1 && Java.isLiteral(arguments.get(form.slug))) {
                        slugs.add(literal.get(0));
                    } else if (!plumbing) {
                        unreadable.add(where + " (slug is not a literal)");
                    }
                }
                if (form.template >= arguments.size()) {
                    continue;
                }
                String argument = arguments.get(form.template);
                if (form == Form.NOT_FOUND && arguments.size() == 2) {
                    nounTemplate(argument, "No %s with id %%s", where, plumbing);
                } else if (form == Form.REFUSE_ANY && arguments.size() == 2) {
                    nounTemplate(argument, "%s has 1 problem; nothing was stored", where, plumbing);
                    nounTemplate(argument, "%s has %%d problems; nothing was stored", where, plumbing);
                } else {
                    template(argument, where, plumbing);
                }
            }
        }
    }

    private void nounTemplate(String argument, String pattern, String where, boolean plumbing) {
        if (Java.isLiteral(argument)) {
            templates.add(pattern.formatted(Java.literals(argument).get(0)));
        } else if (!plumbing) {
            unreadable.add(where + " (the resource or document is not a literal)");
        }
    }

    private void template(String argument, String where, boolean plumbing) {
        List<String> literals = Java.literals(argument);
        if (plumbing) {
            // Inside shared.error templates are passed on; only whole literals are templates of their own.
            if (Java.isLiteral(argument)) {
                templates.add(literals.get(0));
            }
            return;
        }
        if (literals.isEmpty()) {
            unreadable.add(where + " (the template is not a literal)");
        } else if (argument.contains(".formatted(") || Java.concatenatesValues(argument)) {
            unreadable.add(where + " (the template is formatted or concatenated: pass its values as arguments)");
        } else {
            templates.addAll(literals);
        }
    }

    /** Just enough of Java's lexical grammar to read a call's arguments. */
    static final class Java {
        private Java() {
        }

        static String withoutComments(String source) {
            StringBuilder out = new StringBuilder(source.length());
            int i = 0;
            while (i < source.length()) {
                if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    // A text block is no template; blank it, keeping the offsets.
                    out.append("\"\"\"").append(" ".repeat(end - i - 3)).append("\"\"\"");
                    i = end + 3;
                } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                    int end = endOfLiteral(source, i);
                    out.append(source, i, end);
                    i = end;
                } else if (source.startsWith("//", i)) {
                    int end = source.indexOf('\n', i);
                    end = end < 0 ? source.length() : end;
                    out.append(" ".repeat(end - i));
                    i = end;
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i) + 2;
                    out.append(source.substring(i, end).replaceAll("[^\n]", " "));
                    i = end;
                } else {
                    out.append(source.charAt(i++));
                }
            }
            return out.toString();
        }

        /** The index just past the string or character literal that starts at {@code start}. */
        static int endOfLiteral(String source, int start) {
            char quote = source.charAt(start);
            int i = start + 1;
            while (source.charAt(i) != quote) {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return i + 1;
        }

        static boolean inLiteral(String source, int at) {
            int lineStart = source.lastIndexOf('\n', at) + 1;
            boolean inside = false;
            for (int i = lineStart; i < at; i++) {
                char c = source.charAt(i);
                if (c == '\\' && inside) {
                    i++;
                } else if (c == '"') {
                    inside = !inside;
                }
            }
            return inside;
        }

        /** The top-level arguments of the call whose opening parenthesis ends at {@code open}. */
        static List<String> arguments(String source, int open) {
            List<String> arguments = new ArrayList<>();
            int depth = 0;
            int start = open;
            for (int i = open; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '"' || c == '\'') {
                    i = endOfLiteral(source, i) - 1;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                } else if (c == ')') {
                    if (!source.substring(start, i).isBlank()) {
                        arguments.add(source.substring(start, i).strip());
                    }
                    return arguments;
                } else if (c == ',' && depth == 0) {
                    arguments.add(source.substring(start, i).strip());
                    start = i + 1;
                }
            }
            return arguments;
        }

        /** The string values in an expression: adjacent literals joined by + count as one. */
        static List<String> literals(String expression) {
            List<String> values = new ArrayList<>();
            StringBuilder current = null;
            int i = 0;
            while (i < expression.length()) {
                char c = expression.charAt(i);
                if (c == '"') {
                    int end = endOfLiteral(expression, i);
                    String value = unescape(expression.substring(i + 1, end - 1));
                    current = current == null ? new StringBuilder(value) : current.append(value);
                    i = end;
                    int next = skipBlank(expression, i);
                    if (next < expression.length() && expression.charAt(next) == '+'
                            && skipBlank(expression, next + 1) < expression.length() && expression.charAt(skipBlank(expression, next + 1)) == '"') {
                        i = skipBlank(expression, next + 1);
                        continue;
                    }
                    values.add(current.toString());
                    current = null;
                } else {
                    i++;
                }
            }
            return values;
        }

        static boolean isLiteral(String expression) {
            return expression.matches("\"([^\"\\\\]|\\\\.)*\"(\\s*\\+\\s*\"([^\"\\\\]|\\\\.)*\")*");
        }

        /** A literal joined by + to something that is not a literal: "No " + resource + "…". */
        static boolean concatenatesValues(String expression) {
            String blanked = expression.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"");
            return blanked.matches("(?s).*\"\"\\s*\\+\\s*[^\"\\s].*") || blanked.matches("(?s).*[^\"\\s]\\s*\\+\\s*\"\".*");
        }

        private static int skipBlank(String text, int from) {
            int i = from;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private static String unescape(String literal) {
            return literal.replace("\\\"", "\"").replace("\\'", "'").replace("\\n", "\n").replace("\\\\", "\\");
        }
    }
}
