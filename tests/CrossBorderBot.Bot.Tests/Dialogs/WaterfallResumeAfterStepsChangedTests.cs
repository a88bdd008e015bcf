using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// A conversation saved in the middle of a waterfall resumes at the same question after a deployment that changed the
/// waterfall's steps (the readiness guide gained steps): the step's name is stored beside its index, and a state saved
/// before steps had names (index only) is placed by what the guide keeps in its values (the question waiting).
/// </summary>
public class WaterfallResumeAfterStepsChangedTests
{
    private const string Pending = "pending";

    [Fact]
    public async Task A_named_step_resumes_at_the_same_question_after_a_step_is_added_before_it()
    {
        var bot = new DialogTestBot("survey", set => set
            .Add(new WaterfallDialog("survey", [Ask("A"), Ask("B"), End], ["ask:A", "ask:B", "end"]))
            .Add(new TextPrompt("text")));
        await bot.Flow().Script("> hi", "A?", "> a", "B?").StartTestAsync();
        Assert.Equal("ask:B", (string?)bot.SavedStack()[0].SelectToken("state.stepName"));

        // The next deployment added a step before the questions and one after: index 1 is now question A.
        bot.AddDialogs = set => set
            .Add(new WaterfallDialog("survey", [Intro, Ask("A"), Ask("B"), Ask("C"), End], ["intro", "ask:A", "ask:B", "ask:C", "end"]))
            .Add(new TextPrompt("text"));
        await bot.Flow().Script("> b", "C?", "> c", "complete: A=a, B=b, C=c").StartTestAsync();

        Assert.Empty(bot.Mismatches);
    }

    [Fact]
    public async Task A_state_saved_in_the_old_shape_resumes_at_the_question_its_values_say_is_waiting()
    {
        // The old shape: steps without names, only the index saved.
        var bot = new DialogTestBot("survey", set => set
            .Add(new WaterfallDialog("survey", [Ask("A"), Ask("B"), End]))
            .Add(new TextPrompt("text")));
        await bot.Flow().Script("> hi", "A?", "> a", "B?").StartTestAsync();
        Assert.Null(bot.SavedStack()[0].SelectToken("state.stepName"));
        Assert.Equal(1, (int?)bot.SavedStack()[0].SelectToken("state.stepIndex"));

        bot.AddDialogs = set => set
            .Add(new WaterfallDialog("survey", [Intro, Ask("A"), Ask("B"), Ask("C"), End], ["intro", "ask:A", "ask:B", "ask:C", "end"],
                values => values.Get<string>(Pending) is { } waiting ? "ask:" + waiting : null))
            .Add(new TextPrompt("text"));
        await bot.Flow().Script("> b", "C?", "> c", "complete: A=a, B=b, C=c").StartTestAsync();

        Assert.Empty(bot.Mismatches);
    }

    [Fact]
    public async Task A_saved_step_the_new_steps_do_not_have_starts_the_conversation_again()
    {
        var bot = new DialogTestBot("survey", set => set
            .Add(new WaterfallDialog("survey", [Ask("A"), Ask("B"), End], ["ask:A", "ask:B", "end"]))
            .Add(new TextPrompt("text")));
        await bot.Flow().Script("> hi", "A?", "> a", "B?").StartTestAsync();

        // The next deployment replaced question B by two others (a new step count, so the saved state is checked).
        bot.AddDialogs = set => set
            .Add(new WaterfallDialog("survey", [Ask("A"), Ask("C"), Ask("D"), End], ["ask:A", "ask:C", "ask:D", "end"]))
            .Add(new TextPrompt("text"));
        await bot.Flow().Script("> b", "Sorry, I lost track of our conversation. Let's start again.", "A?").StartTestAsync();

        Assert.Single(bot.Mismatches);
    }

    [Fact]
    public void The_readiness_guide_places_an_old_state_at_the_question_waiting_asked_in_turn_or_left_for_later()
    {
        var inTurn = new DialogValueMap();
        inTurn.Set(Pending, "supply-lead-time");
        Assert.Equal("ask:supply-lead-time", ReadinessGuide.StepOfUnnamedState(inTurn));

        var leftForLater = new DialogValueMap();
        leftForLater.Set(Pending, "product-differentiation");
        leftForLater.Set("later", "product-differentiation");
        Assert.Equal("later:product-differentiation", ReadinessGuide.StepOfUnnamedState(leftForLater));

        Assert.Null(ReadinessGuide.StepOfUnnamedState(new DialogValueMap()));
    }

    // Keeps the answer to the question asked before (named in the values, as the readiness guide does) and asks its own.
    private static WaterfallStep Ask(string question) => async (step, ct) =>
    {
        KeepAnswer(step);
        step.Values.Set(Pending, question);
        return await step.PromptAsync("text", PromptOptions.FromText(question + "?"), ct);
    };

    private static WaterfallStep Intro => (step, ct) => step.NextAsync(cancellationToken: ct);

    private static WaterfallStep End => async (step, ct) =>
    {
        KeepAnswer(step);
        var answers = new[] { "A", "B", "C" }.Where(q => step.Values.ContainsKey("answer." + q)).Select(q => $"{q}={step.Values.Get<string>("answer." + q)}");
        return await step.EndDialogAsync(string.Join(", ", answers), ct);
    };

    private static void KeepAnswer(WaterfallStepContext step)
    {
        if (step.Values.TryGet<string>(Pending, out var question) && question is not null && step.Result is string answer)
        {
            step.Values.Set("answer." + question, answer);
        }

        step.Values.Remove(Pending);
    }
}
