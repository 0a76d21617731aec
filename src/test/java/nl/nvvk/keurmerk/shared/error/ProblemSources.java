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
 * own, Caller.actingAs's refusals). Outside shared.error a template must be a literal (or a choice
 * between literals), a {@code static final String} constant of the same file set to one, or an
 * enum's String field read as {@code step.refusal}, every constant of that enum (in the same file)
 * giving it as one of those: one pre-formatted (".formatted(…)"), built by concatenating values or
 * coming from anywhere else would have no Dutch form. A method whose call sites a {@link Form}
 * reads (actingAs) passes its template parameter on, and that is not a template of its own.
 */
final class ProblemSources {
    static final Path MAIN = Path.of("src", "main", "java");
    private static final Path SHARED_ERROR = Path.of("nl", "nvvk", "keurmerk", "shared", "error");

    /**
     * A way a problem is made: where in the call its slug and its template are (-1: not there), and what the template argument is;
     * the status its slug answers with, when the form fixes it (else the call's first argument, if it is a number).
     */
    private enum Form {
        DOMAIN_RULE(NEW + "DomainRuleViolation\\s*\\(", 0, 1, null, 409),
        FORBIDDEN(NEW + "Forbidden\\s*\\(", -1, 0),
        ACTING_AS("\\.\\s*actingAs\\s*\\(", -1, 0, "actingAs"),
        NOT_FOUND(NEW + "NotFound\\s*\\(", -1, 0),
        NOT_FOUND_SAYING("NotFound\\s*\\.\\s*saying\\s*\\(", -1, 0),
        INVALID(NEW + "InvalidContent\\s*\\(", -1, 0),
        REFUSE_ANY("refuseAny\\s*\\(", -1, 0),
        UNAVAILABLE(NEW + "Unavailable\\s*\\(", 0, 1, null, 503),
        MALFORMED_BODY(NEW + "MalformedBody\\s*\\(", 0, 1, null, 400),
        JSON_MISMATCH("\\bmismatch\\s*\\(", -1, 1),
        IN_LANGUAGE("\\.problem\\s*\\(", 1, 4),
        STANDARD_WITH_DETAIL("StandardProblem\\.[A-Z_]+\\.at\\s*\\(", -1, 2),
        SUPER("\\bsuper\\s*\\(", 1, 2);

        final java.util.regex.Pattern head;
        final int slug;
        final int template;
        /** The method whose call sites this form reads, if it is one: its declaration passes the template on. */
        final String method;
        /** The status of the problems it makes; 0: the call's first argument says. */
        final int status;

        Form(String head, int slug, int template) {
            this(head, slug, template, null);
        }

        Form(String head, int slug, int template, String method) {
            this(head, slug, template, method, 0);
        }

        Form(String head, int slug, int template, String method, int status) {
            this.head = java.util.regex.Pattern.compile(head);
            this.slug = slug;
            this.template = template;
            this.method = method;
            this.status = status;
        }
    }

    /** "new ", and the class's package if it is named in full. */
    private static final String NEW = "new\\s+(?:[\\w.]+\\.)?";
    private static final String LITERALS = "\"(?:[^\"\\\\]|\\\\.)*\"(?:\\s*\\+\\s*\"(?:[^\"\\\\]|\\\\.)*\")*";
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[A-Za-z_$][\\w$]*\\s*\\.\\s*([A-Za-z_$][\\w$]*)");

    final Set<String> slugs = new LinkedHashSet<>();
    /** The statuses each slug is raised with, where the source says (a fixed form, or a number literal). */
    final java.util.Map<String, Set<Integer>> statuses = new java.util.TreeMap<>();
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
            found.statuses.computeIfAbsent(standard.slug(), slug -> new LinkedHashSet<>()).add(standard.at(null).status());
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
                        Integer status = form.status > 0 ? Integer.valueOf(form.status)
                                : arguments.get(0).matches("[1-5][0-9][0-9]") ? Integer.valueOf(arguments.get(0)) : null;
                        if (status != null) {
                            statuses.computeIfAbsent(literal.get(0), slug -> new LinkedHashSet<>()).add(status);
                        }
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
                } else if (!plumbing && passesOn(form, source, head.start(), argument)) {
                    continue;
                } else {
                    template(source, argument, where, plumbing);
                }
            }
        }
    }

    /**
     * Whether the argument is the template parameter of the method around the call, a method whose
     * call sites a form reads: Caller.actingAs hands its refusal to Forbidden, and its callers' refusals are read.
     */
    private static boolean passesOn(Form making, String source, int at, String argument) {
        if (making.template < 0 || !IDENTIFIER.matcher(argument).matches()) {
            return false;
        }
        for (Form form : Form.values()) {
            if (form.method == null) {
                continue;
            }
            Matcher declaration = java.util.regex.Pattern.compile("\\b" + form.method + "\\s*\\(([^()]*)\\)\\s*(?:throws[^{;]*)?\\{").matcher(source);
            while (declaration.find()) {
                if (declaration.start() > at || Java.endOfBlock(source, declaration.end() - 1) < at) {
                    continue;
                }
                String[] parameters = declaration.group(1).split(",");
                if (form.template < parameters.length && parameters[form.template].strip().matches("(?:final\\s+)?String\\s+" + argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void nounTemplate(String argument, String pattern, String where, boolean plumbing) {
        if (Java.isLiteral(argument)) {
            templates.add(pattern.formatted(Java.literals(argument).get(0)));
        } else if (!plumbing) {
            unreadable.add(where + " (the resource or document is not a literal)");
        }
    }

    private void template(String source, String argument, String where, boolean plumbing) {
        List<String> literals = Java.literals(argument);
        if (!plumbing && IDENTIFIER.matcher(argument).matches()) {
            // A constant of this file: static final String NAME = "…";
            Matcher constant = java.util.regex.Pattern.compile("\\bstatic\\s+final\\s+String\\s+" + java.util.regex.Pattern.quote(argument)
                    + "\\s*=\\s*(" + LITERALS + ")\\s*;").matcher(source);
            if (constant.find()) {
                template(source, constant.group(1), where + " (constant " + argument + ")", false);
            } else {
                unreadable.add(where + " (" + argument + " is not a String constant of this file set to a literal)");
            }
            return;
        }
        Matcher field = FIELD.matcher(argument);
        if (!plumbing && field.matches() && !Character.isUpperCase(argument.charAt(0))) {
            List<String> values = enumField(source, field.group(1));
            if (values.isEmpty()) {
                unreadable.add(where + " (" + argument + " is not a String field of an enum in this file given by each of its constants)");
            }
            for (String value : values) {
                template(source, value, where + " (" + argument + ")", false);
            }
            return;
        }
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

    /**
     * What each constant of an enum in this file gives its constructor for the String field named so
     * (the argument expressions, in order); empty if no enum here has such a field or a constant gives none.
     */
    private static List<String> enumField(String source, String name) {
        List<String> values = new ArrayList<>();
        Matcher enumHead = java.util.regex.Pattern.compile("\\benum\\s+(\\w+)[^{;]*\\{").matcher(source);
        while (enumHead.find()) {
            if (Java.inLiteral(source, enumHead.start())) {
                continue;
            }
            int end = Java.endOfBlock(source, enumHead.end() - 1);
            String body = source.substring(enumHead.end(), end);
            Matcher constructor = java.util.regex.Pattern.compile("\\b" + enumHead.group(1) + "\\s*\\(([^()]*)\\)\\s*\\{").matcher(body);
            if (!constructor.find()) {
                continue;
            }
            List<String> parameters = List.of(constructor.group(1).split(","));
            int index = -1;
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).strip().matches("(?:final\\s+)?String\\s+" + java.util.regex.Pattern.quote(name))) {
                    index = i;
                }
            }
            if (index < 0) {
                continue;
            }
            for (String constant : Java.enumConstants(body)) {
                int open = constant.indexOf('(');
                List<String> arguments = open < 0 ? List.of() : Java.arguments(constant, open + 1);
                if (index >= arguments.size()) {
                    return List.of();
                }
                values.add(arguments.get(index));
            }
        }
        return values;
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

        /** The index of the brace that closes the block whose opening brace is at {@code open}. */
        static int endOfBlock(String source, int open) {
            int depth = 0;
            for (int i = open; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '"' || c == '\'') {
                    i = endOfLiteral(source, i) - 1;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            return source.length();
        }

        /** An enum body's constants, each as written ("SUBMIT(Scope.Kind.MEMBER, \"…\")"): up to its first top-level semicolon. */
        static List<String> enumConstants(String body) {
            List<String> constants = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '"' || c == '\'') {
                    i = endOfLiteral(body, i) - 1;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (depth == 0 && (c == ',' || c == ';')) {
                    if (!body.substring(start, i).isBlank()) {
                        constants.add(body.substring(start, i).strip());
                    }
                    start = i + 1;
                    if (c == ';') {
                        return constants;
                    }
                }
            }
            if (!body.substring(start).isBlank()) {
                constants.add(body.substring(start).strip());
            }
            return constants;
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
