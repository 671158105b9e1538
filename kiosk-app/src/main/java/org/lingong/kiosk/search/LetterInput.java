package org.lingong.kiosk.search;

/** What the pinyin-initial keyboard ({@link LetterKeyboard}) drives: a search by letters. JavaFX thread only. */
public interface LetterInput {

    /** A letter key A-Z; searches at once. */
    void pressLetter(char letter);

    /** 删除: the last letter. */
    void deleteLetter();

    /** 清空: every letter. */
    void clearLetters();
}
