using System.Globalization;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>Ready-made waterfalls for dialog tests.</summary>
public static class DialogTestSteps
{
    /// <summary>
    /// Asks each question with the prompt <paramref name="promptId"/>, keeping each answer, then ends with
    /// "a1, a2, …" (the answers in order).
    /// </summary>
    public static WaterfallDialog Questions(string id, string promptId, params string[] questions)
    {
        var steps = new List<WaterfallStep>();
        for (var i = 0; i < questions.Length; i++)
        {
            var question = questions[i];
            var previous = i - 1;
            steps.Add(async (step, ct) =>
            {
                if (previous >= 0)
                {
                    step.Values.Set($"q{previous}", Describe(step.Result));
                }

                return await step.PromptAsync(promptId, PromptOptions.FromText(question), ct);
            });
        }

        steps.Add(async (step, ct) =>
        {
            step.Values.Set($"q{questions.Length - 1}", Describe(step.Result));
            var answers = Enumerable.Range(0, questions.Length).Select(i => step.Values.Get<string>($"q{i}"));
            return await step.EndDialogAsync(string.Join(", ", answers), ct);
        });
        return new WaterfallDialog(id, steps);
    }

    /// <summary>Asks once with <paramref name="promptId"/> and <paramref name="options"/>, then says "got: …".</summary>
    public static WaterfallDialog AskOnce(string id, string promptId, PromptOptions options) => new(id,
    [
        (step, ct) => step.PromptAsync(promptId, options, ct),
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync($"got: {Describe(step.Result)}", cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        },
    ]);

    /// <summary>How test replies show a prompt's result.</summary>
    public static string Describe(object? result) => result switch
    {
        null => "none",
        decimal number => number.ToString("0.####", CultureInfo.InvariantCulture),
        bool answer => answer ? "yes" : "no",
        FoundChoice choice => $"{choice.Value} #{choice.Index + 1}",
        WeightQuantity weight => $"{weight.Kilograms.ToString("0.####", CultureInfo.InvariantCulture)} kg",
        MoneyQuantity money => $"{money.Amount.ToString("0.##", CultureInfo.InvariantCulture)} {money.Currency}",
        _ => Convert.ToString(result, CultureInfo.InvariantCulture) ?? "none",
    };
}
