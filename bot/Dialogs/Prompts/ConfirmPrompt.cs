namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question, shown with Yes and No buttons (是 / 否 for a Chinese question), and understands the
/// usual ways of saying yes or no in English and Chinese.
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "of course", "true",
        "是", "是的", "好", "好的", "对", "对的", "可以", "有", "行", "嗯", "确定", "要", "要的", "需要",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "not really", "false",
        "不", "不是", "否", "没有", "不要", "不用", "不行", "没", "不需要",
    };

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Recognize(GetAnswerText(turnContext)) is { } answer
            ? PromptRecognizerResult<bool>.Success(answer)
            : PromptRecognizerResult<bool>.Failed);

    protected override bool TakesAsWritten(ITurnContext turnContext, PromptOptions options) => Recognize(GetAnswerText(turnContext)) is not null;

    protected override Activity DecoratePrompt(ITurnContext turnContext, PromptOptions options, Activity prompt)
    {
        var chinese = PromptLanguage.ContainsChinese(prompt.Text)
            || (string.IsNullOrEmpty(prompt.Text) && TurnLanguage.Of(turnContext).IsChinese);
        return ChoiceCard.Attach(turnContext, prompt, chinese ? [("是", "yes"), ("否", "no")] : [("Yes", "yes"), ("No", "no")]);
    }

    protected override string? MissHint(ITurnContext turnContext, PromptOptions options) => PromptLanguage.YesNoHint(turnContext.Activity);

    internal static bool? Recognize(string? text)
    {
        var answer = AnswerNormalizer.Normalize(text);
        if (Yes.Contains(answer))
        {
            return true;
        }

        if (No.Contains(answer))
        {
            return false;
        }

        // "yes please", "no thanks": the first word decides.
        var firstWord = answer.Split(' ', 2)[0];
        return Yes.Contains(firstWord) ? true : No.Contains(firstWord) ? false : null;
    }
}
