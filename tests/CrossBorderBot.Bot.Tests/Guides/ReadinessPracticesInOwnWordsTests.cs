using System.Text.RegularExpressions;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Readiness answers described rather than named: designs of one's own are the top differentiation, an outside
/// inspector checking every batch is systematic quality control; a registration or mark done for one part and not the
/// rest is the partial answer (at a yes/no question, no: not all of what is needed); trademarks registered in target
/// markets said in passing are that answer; and the noted line names each area once ("Team and language — 3 people,
/// Fluent").
/// </summary>
public sealed class ReadinessPracticesInOwnWordsTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("readiness.product-differentiation", "we do our own designs, you won't find them elsewhere", "unique")]
    [InlineData("readiness.product-differentiation", "everything is designed in-house by us", "unique")]
    [InlineData("readiness.product-differentiation", "有自己的设计", "unique")]
    [InlineData("readiness.product-differentiation", "款式都是我们自己开发的", "unique")]
    [InlineData("readiness.product-quality-control", "a third-party inspector checks each batch", "systematic")]
    [InlineData("readiness.product-quality-control", "an outside qc firm inspects every shipment", "systematic")]
    [InlineData("readiness.product-quality-control", "找第三方验的货", "systematic")]
    [InlineData("readiness.compliance-certifications", "欧洲的CE做了，美国的还没弄", "some")]
    [InlineData("readiness.compliance-certifications", "CE for the EU, nothing for the US yet", "some")]
    [InlineData("readiness.compliance-tax-registration", "we registered for ioss last year, nothing else", "no")]
    [InlineData("readiness.compliance-tax-registration", "VAT注册了，EPR还没弄", "no")]
    [InlineData("readiness.compliance-tax-registration", "we have a UK VAT number, the EU side isn't done", "no")]
    [InlineData("readiness.digital-data-marketing", "weekly", "regularly")]
    [InlineData("readiness.product-differentiation", "只是换了换包装和颜色", "some")]
    public void A_practice_described_or_done_in_part_is_read_at_its_question(string slot, string reply, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, reply)?.Value);

    [Theory]
    [InlineData("spot checks. we hold CE and RoHS for the heaters", "all")]
    [InlineData("偶尔抽查，FCC有，别的不太清楚", "some")]
    public void Marks_said_in_passing_at_another_question_answer_the_certificates_question(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnywhere("readiness.compliance-certifications", text)?.Value);

    [Theory]
    [InlineData("we've got trademarks in the eu and the us")]
    [InlineData("trademark registered in the eu and us")]
    [InlineData("我们在欧美都注册了商标")]
    public void Trademarks_registered_in_target_markets_said_in_passing_are_that_answer(string text) =>
        Assert.Equal("target-markets", Vocabulary.ReadAnywhere("readiness.brand-trademark", text)?.Value);

    [Theory]
    [InlineData("en-US", "are we ready to sell abroad? we've got trademarks in the eu and the us, and 3 people with fluent english handle it", "Team and language — ")]
    [InlineData("zh-CN", "评估一下出海准备度：我们在欧美都注册了商标，有两个人负责，英语很流利", "团队与语言 — ")]
    public async Task The_noted_line_names_each_area_once(string locale, string message, string area)
    {
        using var user = new GuideSession(locale);

        var turn = await user.SayAsync(message);

        Assert.Single(Regex.Matches(turn.Text, Regex.Escape(area)));
    }
}
