package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.workers.IdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoding hand-built blocks whose offsets are written out here, independent of the encoder. */
class TextBlockDecoderTest {

    @Test
    void residentBlockDecodesEveryField() throws CardDecodeException {
        IdCard card = TextBlockDecoder.decode(TextBlockBuilder.resident().build());

        assertThat(card).isInstanceOfSatisfying(ResidentIdCard.class, c -> {
            assertThat(c.name()).isEqualTo("王示例");
            assertThat(c.gender()).isEqualTo(Gender.MALE);
            assertThat(c.nation()).isEqualTo(Nation.HAN);
            assertThat(c.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
            assertThat(c.address()).isEqualTo("北京市东城区示例胡同1号");
            assertThat(c.idNumber().value()).isEqualTo("110101199003071233");
            assertThat(c.authority()).isEqualTo("示例市公安局示例分局");
            assertThat(c.validFrom()).isEqualTo(LocalDate.of(2016, 5, 20));
            assertThat(c.validTo()).isEqualTo(Validity.until(LocalDate.of(2036, 5, 20)));
            assertThat(c.photo().isEmpty()).isTrue();
        });
    }

    @Test
    void longTermValidityIsTheUtf16BytesOfChangQi() throws CardDecodeException {
        byte[] block = TextBlockBuilder.resident().at(204, "        ")
                .rawAt(204, (byte) 0x7F, (byte) 0x95, (byte) 0x1F, (byte) 0x67).build();

        IdCard card = TextBlockDecoder.decode(block);

        assertThat(card.validTo()).isEqualTo(Validity.LONG_TERM);
        assertThat(card.validTo().toString()).isEqualTo("长期");
        assertThat(card.validTo().isValidOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @ParameterizedTest(name = "gender code {0} is {1}")
    @CsvSource(textBlock = """
            0, UNKNOWN,     未知
            1, MALE,        男
            2, FEMALE,      女
            9, UNSPECIFIED, 未说明
            """)
    void genderCodes(String code, Gender gender, String chinese) throws CardDecodeException {
        IdCard card = TextBlockDecoder.decode(TextBlockBuilder.resident().at(30, code).build());

        assertThat(card.gender()).isEqualTo(gender);
        assertThat(card.gender().chinese()).isEqualTo(chinese);
    }

    @ParameterizedTest(name = "nation {0} is {1}")
    @CsvSource(textBlock = """
            01, HAN,            汉
            02, MONGOL,         蒙古
            46, DEANG,          德昂
            56, JINO,           基诺
            97, OTHER,          其他
            98, FOREIGN_ORIGIN, 外国血统中国籍人士
            """)
    void nationCodes(String code, Nation nation, String chinese) throws CardDecodeException {
        ResidentIdCard card = (ResidentIdCard) TextBlockDecoder.decode(TextBlockBuilder.resident().at(32, code).build());

        assertThat(card.nation()).isEqualTo(nation);
        assertThat(card.nation().chinese()).isEqualTo(chinese);
    }

    @Test
    void mongolianWorkerFromInnerMongolia() throws CardDecodeException {
        byte[] block = TextBlockBuilder.resident().at(0, "巴特尔示例").at(32, "02")
                .at(122, "150102197811224511").at(36, "19781122").build();

        ResidentIdCard card = (ResidentIdCard) TextBlockDecoder.decode(block);

        assertThat(card.nation()).isEqualTo(Nation.MONGOL);
        assertThat(card.name()).isEqualTo("巴特尔示例");
        assertThat(card.idNumber().value()).startsWith("15");
    }

    @Test
    void hmtPermitIsRecognisedByFlagJ() throws CardDecodeException {
        byte[] block = TextBlockBuilder.resident().at(0, "陈测试").at(30, "2").at(32, "  ")
                .at(122, "810000199207040029").at(220, "H12345678").at(238, "01")
                .rawAt(248, (byte) 0x4A, (byte) 0x00).build();

        assertThat(TextBlockDecoder.decode(block)).isInstanceOfSatisfying(HmtResidencePermit.class, c -> {
            assertThat(c.cardType()).isEqualTo(CardType.HMT_RESIDENCE);
            assertThat(c.passNumber()).isEqualTo("H12345678");
            assertThat(c.issueCount()).isEqualTo(1);
            assertThat(c.idNumber().kind()).isEqualTo(IdNumber.Kind.HMT_RESIDENCE);
        });
    }

    @Test
    void hmtPermitWithAMainlandNumberIsRejected() {
        byte[] block = TextBlockBuilder.resident().at(220, "H12345678").rawAt(248, (byte) 0x4A, (byte) 0x00).build();

        assertThatThrownBy(() -> TextBlockDecoder.decode(block))
                .isInstanceOfSatisfying(CardDecodeException.class, e -> {
                    assertThat(e.field()).isEqualTo("idNumber");
                    assertThat(e.getMessage()).contains("81, 82 or 83");
                });
    }

    @Test
    void reservedBytesOfZerosStillMeanAResidentCard() throws CardDecodeException {
        byte[] block = TextBlockBuilder.resident().rawAt(220, new byte[36]).build();

        assertThat(TextBlockDecoder.decode(block)).isInstanceOf(ResidentIdCard.class);
    }

    @Test
    void foreigner2017IsRecognisedByFlagI() throws CardDecodeException {
        byte[] block = new TextBlockBuilder().at(0, "SAMPLE, TEST PERSON").at(120, "2").at(122, "MNG150085061501")
                .at(152, "MNG").at(158, "样例").at(188, "20170901").at(204, "20270901").at(220, "19850615")
                .at(236, "01").at(240, "1500").rawAt(248, (byte) 0x49, (byte) 0x00).build();

        assertThat(TextBlockDecoder.decode(block)).isInstanceOfSatisfying(ForeignerPermit2017.class, c -> {
            assertThat(c.englishName()).isEqualTo("SAMPLE, TEST PERSON");
            assertThat(c.chineseName()).isEqualTo("样例");
            assertThat(c.gender()).isEqualTo(Gender.FEMALE);
            assertThat(c.permitNumber().value()).isEqualTo("MNG150085061501");
            assertThat(c.nationality()).isEqualTo("MNG");
            assertThat(c.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
            assertThat(c.validTo()).isEqualTo(Validity.until(LocalDate.of(2027, 9, 1)));
            assertThat(c.cardVersion()).isEqualTo("01");
            assertThat(c.authorityCode()).isEqualTo("1500");
        });
    }

    @Test
    void foreigner2023JoinsTheTwoEnglishNameParts() throws CardDecodeException {
        String part1 = "EXAMPLE-FICTIONAL, SAMPLE TESTPERS"; // 34 chars + 1 below = the full 35-char slot
        byte[] block = new TextBlockBuilder().at(0, "样本示例").at(30, "1").at(32, "03").at(36, "19850615")
                .at(52, part1 + "O").at(122, "915496198506150015").at(188, "20231201").at(204, "长期")
                .at(220, "N LONGNAME").at(242, "MNG").rawAt(248, (byte) 0x59, (byte) 0x00).build();

        assertThat(TextBlockDecoder.decode(block)).isInstanceOfSatisfying(ForeignerPermit2023.class, c -> {
            assertThat(c.englishName()).isEqualTo("EXAMPLE-FICTIONAL, SAMPLE TESTPERSON LONGNAME");
            assertThat(c.chineseName()).isEqualTo("样本示例");
            assertThat(c.renewalCount()).isEqualTo(3);
            assertThat(c.idNumber().kind()).isEqualTo(IdNumber.Kind.FOREIGN_PERMANENT);
            assertThat(c.nationality()).isEqualTo("MNG");
            assertThat(c.validTo().isLongTerm()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            impossible birth date,  36,  19900231,           birthDate,  is not a real date
            letters in valid from,  188, 2016O520,           validFrom,  must be 8 digits YYYYMMDD
            empty valid to,         204, '        ',         validTo,    must be 8 digits YYYYMMDD
            unknown gender,         30,  x,                  gender,     unknown code 'x'
            unknown nation,         32,  99,                 nation,     unknown code 99
            wrong check digit,      122, 110101199003071234, idNumber,   ID number check digit is wrong
            empty name,             0,   '               ',  name,       is empty
            """)
    void badFieldsNameTheFieldAndNotTheValue(String what, int offset, String value, String field, String problem) {
        byte[] block = TextBlockBuilder.resident().at(offset, value).build();

        assertThatThrownBy(() -> TextBlockDecoder.decode(block))
                .isInstanceOfSatisfying(CardDecodeException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isEqualTo(field + ": " + problem);
                });
    }

    @Test
    void unpairedSurrogateInANameIsADecodeError() {
        byte[] block = TextBlockBuilder.resident().rawAt(0, (byte) 0x00, (byte) 0xD8).build();

        assertThatThrownBy(() -> TextBlockDecoder.decode(block))
                .isInstanceOfSatisfying(CardDecodeException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void blockOfWrongLengthIsRejected() {
        byte[] shortBlock = Arrays.copyOf(TextBlockBuilder.resident().build(), 255);

        assertThatThrownBy(() -> TextBlockDecoder.decode(shortBlock))
                .isInstanceOfSatisfying(CardDecodeException.class, e -> assertThat(e.field()).isEqualTo("textBlock"));
    }
}
