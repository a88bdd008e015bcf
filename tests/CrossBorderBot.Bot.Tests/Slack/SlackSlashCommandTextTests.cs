using CrossBorderBot.Understanding;
using CrossBorderBot.Channels.Slack;
using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.Understanding;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Tests.Slack;

/// <summary>
/// Each subcommand becomes words the bot's understanding maps to the right menu entry with the confidence the
/// router needs to start that guide directly.
/// </summary>
[Collection(RecognizerCollection.Name)]
public sealed class SlackSlashCommandTextTests(RecognizerFixture recognizer)
{
    [Theory]
    [InlineData("readiness", IntentNames.StartReadiness)]
    [InlineData("platform", IntentNames.ChoosePlatform)]
    [InlineData("logistics", IntentNames.ChooseLogistics)]
    [InlineData("fix", IntentNames.FixIssue)]
    [InlineData("ask Do I need IOSS for parcels to France?", IntentNames.AskKnowledge)]
    public void A_subcommand_is_understood_as_its_menu_entry(string text, string intent)
    {
        var command = SlackSlashCommand.Parse(text);

        var (top, score) = recognizer.Recognizer.Recognize(command.UserText!, "en-US").GetTopScoringIntent();

        Assert.Equal(intent, top);
        Assert.True(score >= 0.6, $"score {score} for \"{command.UserText}\"");
    }

    [Fact]
    public void Ask_passes_the_question_on_as_typed()
    {
        Assert.Equal("Do I need IOSS for parcels to France?", SlackSlashCommand.Parse("ask Do I need IOSS for parcels to France?").UserText);
    }

    [Fact]
    public void Words_that_are_no_subcommand_are_taken_as_a_question()
    {
        Assert.Equal("what is an HS code", SlackSlashCommand.Parse("what is an HS code").UserText);
    }
}
