using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// At a yes/no question, a reply that names the question's topic and says nothing against it is a yes, whatever word of
/// acceptance, window, condition or wish goes with it ("returns are fine for us", "30 day returns", "returns only if
/// damaged", "尺码不对可以换", "tracking pls, need it"); the buyer's wish to see where the parcel is names tracking ("the
/// studio owner likes checking the delivery status", "客户希望能看到物流进度"); "non-returnable" is a no. A topic named in
/// a question, or with a negation, stays what it was.
/// </summary>
public sealed class TopicNamedPlainlyTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("returns are fine for us")]
    [InlineData("30 day returns")]
    [InlineData("7-day returns ok")]
    [InlineData("returns only if damaged")]
    [InlineData("returns welcome if unopened")]
    [InlineData("returns within a fortnight are ok")]
    [InlineData("退货没问题")]
    [InlineData("尺码不对可以换")]
    [InlineData("七天无理由退")]
    public void Returns_named_with_nothing_against_them_are_yes(string reply) =>
        Assert.Equal("yes", Vocabulary.ReadAnswer("returns", reply)?.Value);

    [Theory]
    [InlineData("scarves are non-returnable")]
    [InlineData("these are non returnable items")]
    [InlineData("returns aren't possible, they're custom made")]
    public void Returns_denied_are_no(string reply) =>
        Assert.Equal("no", Vocabulary.ReadAnswer("returns", reply)?.Value);

    [Theory]
    [InlineData("tracking pls, need it")]
    [InlineData("the studio owner likes checking the delivery status on the web herself")]
    [InlineData("the shopper wants to know where the box is at any time")]
    [InlineData("the customer wants to see where it is along the way")]
    [InlineData("买家说想在网上随时看到包裹到哪了")]
    [InlineData("客户想随时查到货走到哪了")]
    [InlineData("客户希望能看到物流进度")]
    public void Tracking_named_or_the_parcel_followed_is_yes(string reply) =>
        Assert.Equal("yes", Vocabulary.ReadAnswer("tracking", reply)?.Value);

    [Theory]
    [InlineData("does tracking cost extra?")]
    [InlineData("what do returns involve")]
    public void A_question_about_the_topic_is_no_yes(string reply)
    {
        Assert.NotEqual("yes", Vocabulary.ReadAnswer("tracking", reply)?.Value);
        Assert.NotEqual("yes", Vocabulary.ReadAnswer("returns", reply)?.Value);
    }

    [Theory]
    [InlineData("tracking isn't important to us", "tracking")]
    [InlineData("returns are not something we do", "returns")]
    public void The_topic_with_a_negation_stays_no(string reply, string slot) =>
        Assert.Equal("no", Vocabulary.ReadAnswer(slot, reply)?.Value);
}
