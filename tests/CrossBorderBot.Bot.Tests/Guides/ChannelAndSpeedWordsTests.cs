using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Speed and price said the way sellers say them at the urgency question: a channel named by the name sellers use
/// stands for the speed it gives (from its own transit days), a Chinese choice verb around the answer ("走快的吧") is
/// not part of it, and price weighed against speed says which matters; the same channel names serve "why not X?".
/// </summary>
public sealed class ChannelAndSpeedWordsTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("something like dhl or fedex", ShippingUrgency.Fast)]
    [InlineData("UPS is what we normally use", ShippingUrgency.Fast)]
    [InlineData("用邮政小包就行", ShippingUrgency.Economy)]
    [InlineData("走平邮", ShippingUrgency.Economy)]
    [InlineData("走快的吧", ShippingUrgency.Fast)]
    [InlineData("还是选标准的", ShippingUrgency.Standard)]
    [InlineData("price matters more than speed for us", ShippingUrgency.Economy)]
    [InlineData("时效比价格重要", ShippingUrgency.Fast)]
    [InlineData("whichever is cheaper", ShippingUrgency.Economy)]
    public void The_urgency_question_reads_channels_and_speed_words(string reply, ShippingUrgency expected) =>
        Assert.Equal(expected, ReadUrgency(reply));

    // Read in a message of the guide (a plain negation at the urgency question itself is "not urgent", economy).
    [Theory]
    [InlineData("ship it to germany, not dhl, we had bad luck with them")]
    [InlineData("寄德国，不走邮政小包")]
    [InlineData("the setups are ready")]
    public void A_channel_negated_or_inside_another_word_says_no_speed(string message) =>
        Assert.Null(ReadUrgency(message, atTheQuestion: false));

    [Fact]
    public void A_channel_stands_for_the_speed_of_its_own_transit_days()
    {
        var names = new LogisticsChannelNames(Kb.Value, SlotVocabulary.Default);
        Assert.Equal("commercial-express", names.NamedIn("fedex please")?.Id);
        Assert.Equal(ShippingUrgency.Fast, LogisticsChannelNames.UrgencyOf(Kb.Value.LogisticsChannels.Single(c => c.Id == "commercial-express")));
        Assert.Equal(ShippingUrgency.Economy, LogisticsChannelNames.UrgencyOf(Kb.Value.LogisticsChannels.Single(c => c.Id == "china-post-unregistered")));
    }

    // A 3 kg parcel is over the e-packet's limit: asked about by the name sellers use, that channel's own reason is given
    // (without the name the explanation is about the first two channels, which do not include it).
    [Theory]
    [InlineData("en-US", "ship 3 kg of phone cases to germany, value 40 usd, 30x20x10 cm, cheapest, tracked, no returns, no battery", "why not e-packet?", "ePacket[^\n]*is not an option")]
    [InlineData("zh-CN", "寄3公斤手机壳到德国，货值40美元，30x20x10厘米，最便宜，要跟踪，不退货，没电池", "为什么不用e邮宝", "e邮宝[^\n]*不适合")]
    public async Task Why_not_a_channel_by_the_name_sellers_use_explains_that_channel(string locale, string opening, string question, string explained)
    {
        using var user = new GuideSession(locale);
        Assert.Matches("Logistics channels:|物流渠道：", (await user.SayAsync(opening)).Text);
        var answer = await user.SayAsync(question);
        Assert.DoesNotMatch("didn't understand|没有理解", answer.Text);
        Assert.Matches(explained, answer.Text);
    }

    private static ShippingUrgency? ReadUrgency(string reply, bool atTheQuestion = true)
    {
        var locations = new GuideLocationResolver(Kb.Value, Recognizer.Value);
        var message = Recognizer.Value.Understand(reply, CrossBorderBot.Language.LanguageDetector.ContainsCjk(reply) ? "zh-CN" : "en-US");
        return new LogisticsSlotReader(Kb.Value, locations, SlotVocabulary.Default).Read(reply, message.Entities, atTheQuestion ? LogisticsSlotReader.Urgency : null).Read.Urgency;
    }
}
