using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Plans;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The end of a guide with several ways on: "Send me the plan" (then the question again), one button per follow-up
/// guide, and "Back to the menu". A follow-up ends with <see cref="MainMenuOptions"/> naming the entry and its
/// pre-filled entities, which the main menu starts. A guide that understands typed requests here passes
/// <c>onTyped</c>: it answers them and the question is asked again.
/// </summary>
public sealed class GuideFollowUpsDialog : ComponentDialog
{
    public const string SendPlanValue = "send_plan";
    public const string MenuValue = "menu";

    private readonly string _stepsId;
    private readonly string _promptId;
    private readonly PlanStore _plans;
    private readonly Func<WaterfallStepContext, string, CancellationToken, Task<bool>>? _onTyped;

    /// <param name="onTyped">Handles a typed request (true when it answered); null when only the buttons count.</param>
    public GuideFollowUpsDialog(string id, PlanStore plans, Func<WaterfallStepContext, string, CancellationToken, Task<bool>>? onTyped = null)
        : base(id)
    {
        _plans = plans;
        _onTyped = onTyped;
        _stepsId = id + ".steps";
        _promptId = id + ".choice";
        AddSteps(_stepsId, [AskAsync, HandleAsync], repeatsSteps: true);
        AddDialog(new GuideFollowUpPrompt(_promptId, acceptsText: onTyped is not null));
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<GuideFollowUpsOptions>()!;
        var language = TurnLanguage.Of(step.Context);
        var chinese = language.IsChinese;
        var text = GuideCommonText.For(language);
        var hint = chinese ? options.HintZh : options.HintEn;
        List<Choice> choices =
        [
            new(SendPlanValue, text.SendPlan, ["plan", "send plan", "send me the plan", "计划", "发送计划"]),
            .. options.FollowUps.Select(followUp => new Choice(followUp.Intent, chinese ? followUp.TitleZh : followUp.TitleEn)),
            // "No" to "what next?" means nothing more: back to the menu, not "didn't understand".
            new(MenuValue, text.BackToMenu, ["menu", "main menu", "no", "nope", "nah", "no thanks", "no thank you", "nothing", "nothing else", "that's all", "thats all", "i'm done", "im done", "all good", "菜单", "主菜单", "不", "不用", "没有", "没有了", "没了", "不需要", "就这样", "就这些"]),
        ];
        var question = string.IsNullOrEmpty(hint) ? text.WhatNext : text.WhatNext + "\n\n" + hint;
        return await step.PromptAsync(_promptId, PromptOptions.FromText(question, choices: choices), cancellationToken);
    }

    private async Task<DialogTurnResult> HandleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<GuideFollowUpsOptions>()!;
        var answer = step.GetResult<GuideFollowUpAnswer>();
        if (answer?.Choice == SendPlanValue)
        {
            if (await _plans.GetLastAsync(step.Context, options.GuideId, cancellationToken) is { } plan)
            {
                await PlanPresenter.SendAsync(step.Context, plan, cancellationToken);
            }

            return await step.ReplaceDialogAsync(_stepsId, options, cancellationToken);
        }

        if (answer?.Text is { } typed)
        {
            if (_onTyped is null || !await _onTyped(step, typed, cancellationToken))
            {
                await step.Context.SendActivityAsync(PromptLanguage.NotUnderstoodMessage(step.Context.Activity), cancellationToken: cancellationToken);
            }

            return await step.ReplaceDialogAsync(_stepsId, options, cancellationToken);
        }

        var followUp = options.FollowUps.FirstOrDefault(candidate => candidate.Intent == answer?.Choice);
        return await step.EndDialogAsync(followUp is null ? null : new MainMenuOptions(followUp.Intent, null, followUp.Entities), cancellationToken);
    }
}
