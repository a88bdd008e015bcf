using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

public class WaterfallPersistenceTests
{
    public sealed record ShipmentOptions(string Market, decimal MaxKilograms, List<string> Carriers);

    [Fact]
    public async Task The_step_index_is_saved_in_storage_and_read_back_on_the_next_turn()
    {
        var bot = new DialogTestBot("survey", set => set
            .Add(DialogTestSteps.Questions("survey", "text", "A?", "B?", "C?"))
            .Add(new TextPrompt("text")));

        await bot.Flow().Script("> hi", "A?", "> a", "B?").StartTestAsync();

        var waterfall = bot.SavedStack()[0];
        Assert.Equal("survey", (string?)waterfall["id"]);
        Assert.Equal(4, (int?)waterfall["version"]);
        Assert.Equal(1, (int?)waterfall.SelectToken("state.stepIndex"));
        Assert.Equal("a", (string?)waterfall.SelectToken("state.values.q0"));

        await bot.Flow().Script("> b", "C?", "> c", "complete: a, b, c").StartTestAsync();
    }

    [Fact]
    public async Task Options_and_values_come_back_typed_after_a_storage_round_trip()
    {
        var options = new ShipmentOptions("DE", 2.5m, ["DHL", "EMS"]);
        var bot = new DialogTestBot("ship", set => set
            .Add(new WaterfallDialog("ship",
            [
                async (step, ct) =>
                {
                    step.Values.Set("asked", new DateOnly(2026, 11, 26));
                    return await step.PromptAsync("number", PromptOptions.FromText("How many parcels?"), ct);
                },
                async (step, ct) =>
                {
                    var typed = step.GetOptions<ShipmentOptions>()!;
                    var asked = step.Values.Get<DateOnly>("asked");
                    await step.Context.SendActivityAsync(
                        $"{typed.Market} {typed.MaxKilograms} {string.Join('+', typed.Carriers)} {asked:yyyy-MM-dd} x{step.GetResult<decimal>()}",
                        cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .Add(new NumberPrompt("number")), options);

        await bot.Flow().Script(
            "> hi", "How many parcels?",
            "> 3", "DE 2.5 DHL+EMS 2026-11-26 x3", "complete: none").StartTestAsync();
    }

    [Fact]
    public async Task The_conversation_continues_with_storage_that_keeps_no_type_names()
    {
        var bot = new DialogTestBot(
            "survey",
            set => set.Add(DialogTestSteps.Questions("survey", "text", "A?", "B?")).Add(new TextPrompt("text")),
            storage: new DialogPlainJsonStorage());

        await bot.Flow().Script("> hi", "A?", "> a", "B?", "> back", "A?", "> a2", "B?", "> b", "complete: a2, b").StartTestAsync();
    }

    [Fact]
    public async Task NextAsync_skips_to_the_following_step_in_the_same_turn()
    {
        var bot = new DialogTestBot("skip", set => set
            .Add(new WaterfallDialog("skip",
            [
                (step, ct) => step.NextAsync("preset", ct),
                (step, ct) => step.EndDialogAsync($"step {step.Index} got {step.Result} ({step.Reason})", ct),
            ])));

        await bot.Flow().Script("> hi", "complete: step 1 got preset (NextCalled)").StartTestAsync();
    }
}
