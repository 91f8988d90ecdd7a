package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loop bodies of path checks ({@link BatchPaths}) that differ in one word only, the one that names the
 * server (a cache cluster's id, a database's host name, its wave's Terraform output): one body with
 * {@code "$PEER"} in place of that word, so that the checks of every instance against every such
 * server are one loop over pairs of Terraform name and word. A step of the synthetic estate's app tier
 * gave each database and cache of 34 applications a command of its own, 86 commands of about 400
 * characters (eight pages of a 131-page runbook) that said the same thing with another server.
 *
 * <p>Only a bare shell word is replaced, between a space and a space or {@code )}, outside every
 * quote (at the top of the line or inside {@code $(…)}): {@code "$PEER"} there reads exactly what the
 * word read, which a word inside quotes would not.
 */
final class PeerLoops
{
    /** A body with {@code "$PEER"} for one word, and that word. */
    record Template(String text, String word) {}

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9._-]+");

    private PeerLoops() {}

    /**
     * The template of each body that shares one with another body, by body; bodies in the order
     * given, each taking the template that the most bodies not yet taken share (the earliest on a tie).
     */
    static Map<String, Template> of(List<String> bodies)
    {
        // every template a body could take, by its text: looked up, never iterated
        Map<String, List<Template>> candidates = new HashMap<>();
        Map<String, List<String>> sharing = new HashMap<>();
        for (String body : bodies) {
            List<Template> own = templates(body);
            candidates.put(body, own);
            own.forEach(template -> sharing.computeIfAbsent(template.text(), ignored -> new ArrayList<>()).add(body));
        }
        Map<String, Template> taken = new LinkedHashMap<>();
        for (String body : bodies) {
            if (taken.containsKey(body)) {
                continue;
            }
            Template best = null;
            int most = 1;
            for (Template template : candidates.get(body)) {
                int free = (int) sharing.get(template.text()).stream().filter(other -> !taken.containsKey(other)).distinct().count();
                if (free > most) {
                    best = template;
                    most = free;
                }
            }
            if (best != null) {
                String text = best.text();
                for (String other : sharing.get(text)) {
                    if (!taken.containsKey(other)) {
                        taken.put(other, candidates.get(other).stream().filter(template -> template.text().equals(text)).findFirst().orElseThrow());
                    }
                }
            }
        }
        return taken;
    }

    /**
     * What every word ends with, from a {@code .} or {@code _} on (a domain, a Terraform output's
     * suffix), leaving each word something of its own; empty when they share no such end.
     */
    static String sharedSuffix(List<String> words)
    {
        String shared = words.getFirst();
        for (String word : words) {
            int length = 0;
            while (length < shared.length() && length < word.length()
                    && shared.charAt(shared.length() - 1 - length) == word.charAt(word.length() - 1 - length)) {
                length++;
            }
            shared = shared.substring(shared.length() - length);
        }
        int start = 0;
        while (start < shared.length() && shared.charAt(start) != '.' && shared.charAt(start) != '_') {
            start++;
        }
        String suffix = shared.substring(start);
        String end = suffix;
        return words.stream().allMatch(word -> word.length() > end.length()) ? suffix : "";
    }

    /** Each bare word of the body outside quotes, replaced in turn by {@code "$PEER"}. */
    static List<Template> templates(String body)
    {
        boolean[] bare = bare(body);
        List<Template> templates = new ArrayList<>();
        Matcher word = WORD.matcher(body);
        while (word.find()) {
            int start = word.start();
            int end = word.end();
            boolean delimited = start > 0 && body.charAt(start - 1) == ' ' && (end == body.length() || body.charAt(end) == ' ' || body.charAt(end) == ')');
            if (delimited && bare[start]) {
                templates.add(new Template(body.substring(0, start) + "\"$PEER\"" + body.substring(end), word.group()));
            }
        }
        return templates;
    }

    private enum Quoting
    {
        NONE,
        SINGLE,
        DOUBLE
    }

    /** For each character, whether it stands outside every quote, at the top of the line or inside a command substitution. */
    private static boolean[] bare(String body)
    {
        boolean[] bare = new boolean[body.length()];
        List<Quoting> stack = new ArrayList<>(List.of(Quoting.NONE));
        for (int at = 0; at < body.length(); at++) {
            Quoting quoting = stack.getLast();
            char character = body.charAt(at);
            bare[at] = quoting == Quoting.NONE;
            switch (quoting) {
                case SINGLE -> {
                    if (character == '\'') {
                        stack.removeLast();
                    }
                }
                case DOUBLE, NONE -> {
                    if (character == '\\') {
                        at++;
                    }
                    else if (character == '$' && at + 1 < body.length() && body.charAt(at + 1) == '(') {
                        stack.add(Quoting.NONE);
                        at++;
                    }
                    else if (character == '"') {
                        if (quoting == Quoting.DOUBLE) {
                            stack.removeLast();
                        }
                        else {
                            stack.add(Quoting.DOUBLE);
                        }
                    }
                    else if (quoting == Quoting.NONE && character == '\'') {
                        stack.add(Quoting.SINGLE);
                    }
                    else if (quoting == Quoting.NONE && character == ')' && stack.size() > 1) {
                        stack.removeLast();
                    }
                }
            }
        }
        return bare;
    }
}
