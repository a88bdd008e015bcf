using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// Not knowing or not having decided yet, said as a verb phrase in either language: a negation before a verb of knowing,
/// deciding, planning or looking into ("haven't figured out returns yet", "we haven't looked into that at all", "要啥认证我们也
/// 搞不清", "认证这方面我们完全不了解", "税的事还没研究过", "快递公司还没挑"), a topic put off ("税务这块先放一放，以后再看") or left
/// blank ("退货流程还是空白") is a don't-know; the question waiting takes its default and says so. A plain no ("we haven't
/// registered one", "never checked for other people's patents") stays a no.
/// </summary>
public sealed class NotKnownAsAVerbPhraseTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("haven't figured out returns yet")]
    [InlineData("we haven't looked into that at all")]
    [InlineData("haven't planned returns at all")]
    [InlineData("no idea yet, haven't thought about carriers")]
    [InlineData("we haven't decided how we'd do that")]
    [InlineData("要啥认证我们也搞不清")]
    [InlineData("认证这方面我们完全不了解")]
    [InlineData("认证的事还没了解过")]
    [InlineData("退货还没想过")]
    [InlineData("税的事还没研究过")]
    [InlineData("快递公司还没挑")]
    [InlineData("税务这块先放一放，以后再看")]
    [InlineData("退货流程还是空白")]
    public void Not_knowing_or_not_decided_said_as_a_verb_phrase_is_a_dont_know(string reply) =>
        Assert.True(Vocabulary.IsUnknown(reply), reply);

    [Theory]
    [InlineData("we haven't registered one")]
    [InlineData("we never checked for other people's patents")]
    [InlineData("还没注册")]
    [InlineData("我们不做退货")]
    [InlineData("haven't shipped abroad yet")]
    public void A_plain_no_is_no_dont_know(string reply) =>
        Assert.False(Vocabulary.IsUnknown(reply), reply);

    [Theory]
    [InlineData("dunno, whichever works better")]
    [InlineData("not sure who'll buy them, you pick")]
    [InlineData("不知道，你看着办")]
    [InlineData("客户是谁还说不好，你帮我定吧")]
    public void The_customer_not_known_is_consumers_said_as_assumed(string reply)
    {
        var reader = new PlatformSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), Vocabulary);
        var (read, defaults) = reader.Read(reply, Recognizer.Value.Understand(reply, reply.Any(c => c >= 0x4E00) ? "zh-CN" : "en-US").Entities, PlatformSlotReader.Model);
        Assert.Equal(BusinessModel.B2C, read.Model);
        Assert.Contains(PlatformSlotReader.Model, defaults);
    }
}
