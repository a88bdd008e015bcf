using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>A fragment a turn must show, and where (anywhere, the waiting question, or as a button).</summary>
public sealed record GuideExpectation(string Fragment, GuideTurnPart Part)
{
    public void Check(string input, GuideTurn turn)
    {
        switch (Part)
        {
            case GuideTurnPart.Button:
                Assert.True(turn.Buttons.Contains(Fragment), $"After \"{input}\": no button \"{Fragment}\" in [{string.Join(", ", turn.Buttons)}]");
                break;
            case GuideTurnPart.Question:
                Assert.True(turn.Question.Contains(Fragment, StringComparison.Ordinal), $"After \"{input}\": the question does not contain \"{Fragment}\": {turn.Question}");
                break;
            default:
                Assert.True(turn.Text.Contains(Fragment, StringComparison.Ordinal), $"After \"{input}\": the reply does not contain \"{Fragment}\": {turn.Text}");
                break;
        }
    }
}
