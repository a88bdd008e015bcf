using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// A message about another readiness question's topic fills that question and never answers the question waiting with
/// its opening "有", "会", "yes" or a word of some ("我们有两个外贸业务员，英语都还行" at the tax question); the waiting
/// question keeps a reading only from its own words or from a clause that answers it alone ("yes, 3 people"). And the
/// practices people describe in their own words are read (own design, every lot checked, one mark "that's all").
/// </summary>
public sealed class ReadinessOtherTopicAtWaitingQuestionTests
{
    private const string Tax = "compliance-tax-registration";
    private const string SmallBatches = "supply-small-batches";
    private const string Differentiation = "product-differentiation";
    private const string Quality = "product-quality-control";

    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    private static ReadinessSlotReader Reader => new(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default);

    [Theory]
    [InlineData("我们有两个外贸业务员，英语都还行", Tax, "team-foreign-language")]
    [InlineData("会用1688和阿里国际站后台", SmallBatches, "digital-ecommerce-experience")]
    [InlineData("we test burn a few from each batch", Differentiation, Quality)]
    [InlineData("our two sales girls both write decent english", Tax, "team-foreign-language")]
    [InlineData("runs of 30 boards are no problem for us", Tax, SmallBatches)]
    public void A_message_about_another_topic_fills_it_and_leaves_the_waiting_question_open(string text, string waiting, string filled)
    {
        var read = Read(text, waiting);
        Assert.DoesNotContain(waiting, read.Keys);
        Assert.Contains(filled, read.Keys);
    }

    [Theory]
    [InlineData("yes, 3 people", Tax, "yes")]
    [InlineData("no, we do 2 weeks lead time", SmallBatches, "no")]
    [InlineData("小单可以", SmallBatches, "yes")]
    public void A_clause_that_answers_the_waiting_question_alone_still_answers_it(string text, string waiting, string answer) =>
        Assert.Equal(answer, Read(text, waiting)[waiting]);

    [Theory]
    [InlineData("the shapes and engravings are all drawn by our own designer", Differentiation, "unique")]
    [InlineData("scents are our own recipes", Differentiation, "unique")]
    [InlineData("器型和花纹都是我们自己画的", Differentiation, "unique")]
    [InlineData("有QC，每批抽检", Quality, "systematic")]
    [InlineData("每一窑都挑几件出来检查", Quality, "systematic")]
    [InlineData("an outside inspection firm looks at every lot before it leaves", Quality, "systematic")]
    [InlineData("靠老师傅看", Quality, "spot-checks")]
    [InlineData("fsc for the wood, that's all we have", "compliance-certifications", "some")]
    [InlineData("只做了LFGB，别的没有", "compliance-certifications", "some")]
    [InlineData("税务注册都没弄", Tax, "no")]
    [InlineData("haven't looked into vat at all", Tax, "no")]
    [InlineData("这几样都还没弄", Tax, "no")]
    [InlineData("我们业务员英语都说得挺好", "team-foreign-language", "english-only")]
    [InlineData("we manage in english, no other languages", "team-foreign-language", "english-only")]
    [InlineData("外语都不会", "team-foreign-language", "no")]
    [InlineData("we check the tmall dashboard every week", "digital-data-marketing", "regularly")]
    [InlineData("偶尔翻翻店铺数据", "digital-data-marketing", "sometimes")]
    [InlineData("商标没注册", "brand-trademark", "none")]
    [InlineData("we search the patent databases before every launch", "brand-ip-check", "yes")]
    [InlineData("上架前会查", "brand-ip-check", "yes")]
    [InlineData("哪家便宜用哪家，每票都比一下", "logistics-channel-choice", "by-shipment")]
    [InlineData("dhl for everything", "logistics-channel-choice", "one-forwarder")]
    public void Practices_and_facts_described_in_own_words_answer_their_question(string text, string question, string answer) =>
        Assert.Equal(answer, Read(text, question)[question]);

    private static Dictionary<string, string> Read(string text, string? waiting) =>
        Reader.Read(text, Recognizer.Value.Understand(text, text.Any(c => c >= '\u4e00') ? "zh-CN" : "en-US").Entities, waiting).Read;
}
