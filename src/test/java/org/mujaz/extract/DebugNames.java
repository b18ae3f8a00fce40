package org.mujaz.extract;

public final class DebugNames {
    public static void main(String[] args) throws Exception {
        String text = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[0])), java.nio.charset.StandardCharsets.UTF_8);
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            for (NameMention m : new ArabicNames().find(line, n)) {
                if (args.length < 2 || m.name().contains(args[1])) {
                    int a = Math.max(0, m.start() - 40);
                    System.out.println(m.sure() + " | " + m.name() + " | " + m.role() + " | " + line.substring(a, Math.min(line.length(), m.end() + 20)));
                }
            }
        }
    }
}
