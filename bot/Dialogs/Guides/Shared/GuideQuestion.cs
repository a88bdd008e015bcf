using CrossBorderBot.Dialogs.Prompts;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// One question of a guide, as a row of its table: the slot it fills, the prompt that asks it (another for Chinese
/// when the prompt differs by language), whether the answers already hold it — then it is not asked — how it is asked,
/// and how the prompt's answer goes into the answers.
/// </summary>
public sealed class GuideQuestion<TAnswers>(
    string slot,
    string promptId,
    string? chinesePromptId,
    Func<TAnswers, bool> isKnown,
    Func<BotLanguage, PromptOptions> ask,
    Func<WaterfallStepContext, TAnswers, TAnswers> take)
{
    /// <summary>The slot reader's name for what this question fills.</summary>
    public string Slot => slot;

    public string PromptId => promptId;

    /// <param name="slot">The slot reader's name for what the question fills.</param>
    /// <param name="promptId">The prompt dialog that asks it.</param>
    /// <param name="isKnown">True when the answers already hold it.</param>
    /// <param name="ask">The question in a language ("en" or "zh-CN").</param>
    /// <param name="take">Puts the prompt's answer into the answers; the answers unchanged when it is not usable.</param>
    /// <param name="chinesePromptId">The prompt that asks it in Chinese, when another one.</param>
    public static GuideQuestion<TAnswers> Of<TResult>(
        string slot,
        string promptId,
        Func<TAnswers, bool> isKnown,
        Func<BotLanguage, PromptOptions> ask,
        Func<TAnswers, TResult, TAnswers> take,
        string? chinesePromptId = null) =>
        new(slot, promptId, chinesePromptId, isKnown, ask, (step, answers) => step.GetResult<TResult>() is { } result ? take(answers, result) : answers);

    public bool IsKnown(TAnswers answers) => isKnown(answers);

    /// <summary>True when <paramref name="dialogId"/> is (one of) the prompt(s) asking this question.</summary>
    public bool IsAskedBy(string? dialogId) => dialogId is not null && (dialogId == PromptId || dialogId == chinesePromptId);

    public string PromptIdFor(BotLanguage language) => language.IsChinese && chinesePromptId is not null ? chinesePromptId : PromptId;

    public PromptOptions Ask(BotLanguage language) => ask(language);

    /// <summary>The answers with the answer the previous step's prompt gave to this question.</summary>
    public TAnswers Take(WaterfallStepContext step, TAnswers answers) => take(step, answers);
}
