using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>A mark held and another missing is "some", not "all": "有CE认证，没有FCC" was read as fully certified.</summary>
public sealed class CertificationMixTests
{
    private const string Slot = "readiness.compliance-certifications";

    [Theory]
    [InlineData("产品是自己工厂生产的蓝牙音箱，有CE认证，没有FCC")]
    [InlineData("没有FCC，只做了CE")]
    [InlineData("we have CE but no FCC yet")]
    [InlineData("no UKCA but we do have CE")]
    public void One_mark_held_and_another_missing_is_some(string text) =>
        Assert.Equal("some", SlotVocabulary.Default.ReadAnywhere(Slot, text)?.Value);

    [Theory]
    [InlineData("我们已经有CE认证", "all")]
    [InlineData("没有认证", "unknown")]
    public void A_mark_held_alone_or_none_stays_as_it_was(string text, string expected) =>
        Assert.Equal(expected, SlotVocabulary.Default.ReadAnywhere(Slot, text)?.Value);
}
