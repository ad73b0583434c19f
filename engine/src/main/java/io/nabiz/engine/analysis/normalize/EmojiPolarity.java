package io.nabiz.engine.analysis.normalize;

/**
 * Which emoji count as emoji, and the polarity of the common ones in customer messages.
 *
 * <p>The model learns each emoji's weight from data too; the polarity table lets rare emoji and
 * emoji-only messages still reach the sentiment lexicon features.
 */
public final class EmojiPolarity {

    private static final String POSITIVE =
            "😀😃😄😁😆😊😍🥰😘😗😙😚🙂🤗🤩😎👍👌👏🙏🎉🥳💯✅⭐🌟❤💕💖💗💙💚💛💜🧡🤍😇☺😋😉🔥🌹🌸💐";
    private static final String NEGATIVE =
            "🙃😠😡🤬😞😟😢😭😤👎💔🙄😒😩😫🤮🤢😔😕😣😖😓😰😱😨☹🙁😬🤦😑😐💩❌⚠😪";

    private static final int SKIN_TONE_FIRST = 0x1F3FB;
    private static final int SKIN_TONE_LAST = 0x1F3FF;

    private EmojiPolarity() {}

    /** True for pictographic code points (emoji and dingbats), which the tokenizer keeps apart. */
    public static boolean isEmoji(int cp) {
        return (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2B00 && cp <= 0x2BFF)
                || cp == 0x2764;
    }

    static boolean isSkinTone(int cp) {
        return cp >= SKIN_TONE_FIRST && cp <= SKIN_TONE_LAST;
    }

    /** +1, −1, or 0 for an emoji with no clear polarity. */
    public static int polarity(int cp) {
        if (contains(POSITIVE, cp)) {
            return 1;
        }
        return contains(NEGATIVE, cp) ? -1 : 0;
    }

    private static boolean contains(String set, int cp) {
        for (int i = 0; i < set.length(); ) {
            int c = set.codePointAt(i);
            if (c == cp) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
