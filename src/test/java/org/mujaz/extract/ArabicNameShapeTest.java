package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mujaz.model.Brief;
import org.mujaz.model.Person;

/** Words that cannot be part of a person's name, whatever role stands before them. */
class ArabicNameShapeTest {

    @Test
    void nounsInTaMarbutaPossessivesAndPastVerbsAreNotNames() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال رئيس شعبة المستوردين إن الشركات تدرس زيادة أسعارها قريبا.",
                "وكانت المتحدثة نادين مراد ركزت على مصير المختطفين في حديثها.",
                "ونشر السفير السعودي صورا لعمليات الإغاثة على حسابه.",
                "وقالت فاطمة الزهراني إن البرنامج يحتاج إلى دعم أكبر."));
        assertThat(b.persons()).extracting(Person::name).containsExactlyInAnyOrder("نادين مراد", "فاطمة الزهراني");
    }
}
