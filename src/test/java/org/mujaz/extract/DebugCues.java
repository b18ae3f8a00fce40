package org.mujaz.extract;

public final class DebugCues {
    public static void main(String[] args) throws Exception {
        String text = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[0])), java.nio.charset.StandardCharsets.UTF_8);
        boolean ar = text.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
        FutureCues cues = ar ? new ArabicFuture(java.util.Set.of()) : new EnglishFuture();
        for (String line : text.split("\n")) {
            for (Sentence s : SentenceSplitter.split(line, line, 0)) {
                java.util.List<Token> ts = WordKey.tokens(s.text());
                int c = cues.cue(s.text(), ts);
                if (c >= 0) System.out.println("[" + ts.get(c).text() + "] " + s.text().substring(0, Math.min(90, s.text().length())));
            }
        }
    }
}
