using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// Selling experience said as having sold on a marketplace abroad ("在亚马逊做过", "在速卖通卖过", "sold on shien marketplace a
/// lil") is some experience, while only a home marketplace ("在淘宝卖过") is not taken for it; "尽量快" asks for the fast way,
/// "别太慢就行" the standard one; returns allowed only on a condition are allowed; a mark said done ("做过LFGB") answers the
/// certificates question; "那" (well, then) may open a yes or a no ("那还没有").
/// </summary>
public sealed class ExperienceAndSpeedSaidPlainlyTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("在亚马逊做过")]
    [InlineData("在速卖通卖过")]
    [InlineData("sold on shien marketplace a lil")]
    [InlineData("we've listed on etsy before")]
    public void Having_sold_on_a_marketplace_is_some_experience(string reply) =>
        Assert.Equal("some", Vocabulary.ReadAnswer("experience", reply)?.Value);

    [Fact]
    public void Only_a_home_marketplace_is_not_taken_for_some_experience() =>
        Assert.NotEqual("some", Vocabulary.ReadAnswer("experience", "在淘宝卖过")?.Value);

    [Theory]
    [InlineData("尽量快")]
    [InlineData("尽可能早点")]
    public void As_fast_as_can_be_is_the_fast_way(string reply) =>
        Assert.Equal("fast", Vocabulary.ReadAnswer("urgency", reply)?.Value);

    [Theory]
    [InlineData("urgency", "别太慢就行", "standard")]
    [InlineData("urgency", "not too slow please", "standard")]
    [InlineData("returns", "only if it arrives broken", "yes")]
    [InlineData("readiness.compliance-certifications", "做过LFGB", "all")]
    [InlineData("readiness.compliance-tax-registration", "那还没有", "no")]
    public void Answers_said_plainly_at_their_question(string slot, string reply, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, reply)?.Value);
}
