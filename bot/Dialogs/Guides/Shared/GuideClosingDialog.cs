using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Plans;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The end of a guide: "Send me the plan" (the plan the guide just saved, then the offer again), a follow-up guide,
/// or back to the menu. A follow-up ends the guide with <see cref="MainMenuOptions"/> naming the next menu entry,
/// which the main menu starts.
/// </summary>
public sealed class GuideClosingDialog : ComponentDialog
{
    public const string SendPlanValue = "send_plan";
    public const string MenuValue = "menu";

    private readonly string _stepsId;
    private readonly string _choiceId;
    private readonly PlanStore _plans;

    public GuideClosingDialog(string id, PlanStore plans)
        : base(id)
    {
        _plans = plans;
        _stepsId = id + ".steps";
        _choiceId = id + ".choice";
        AddDialog(new WaterfallDialog(_stepsId, [AskAsync, HandleAsync]));
        AddDialog(new ChoicePrompt(_choiceId));
        InitialDialogId = _stepsId;
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<GuideClosingOptions>()!;
        var language = ReplyLanguage.FromLocale(step.Context.Activity.Locale);
        var text = GuideCommonText.For(language);
        var followUp = ReplyLanguage.IsChinese(language) ? options.FollowUpTitleZh : options.FollowUpTitleEn;
        return await step.PromptAsync(_choiceId, PromptOptions.FromText(text.WhatNext, choices:
        [
            new Choice(SendPlanValue, text.SendPlan, ["plan", "send plan", "计划", "发送计划"]),
            new Choice(options.FollowUpIntent, followUp),
            new Choice(MenuValue, text.BackToMenu, ["menu", "菜单", "主菜单"]),
        ]), cancellationToken);
    }

    private async Task<DialogTurnResult> HandleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<GuideClosingOptions>()!;
        var chosen = step.GetResult<FoundChoice>()?.Value;
        if (chosen == SendPlanValue)
        {
            if (await _plans.GetLastAsync(step.Context, options.GuideId, cancellationToken) is { } plan)
            {
                await PlanPresenter.SendAsync(step.Context, plan, cancellationToken);
            }

            return await step.ReplaceDialogAsync(_stepsId, options, cancellationToken);
        }

        return await step.EndDialogAsync(chosen == options.FollowUpIntent ? new MainMenuOptions(options.FollowUpIntent) : null, cancellationToken);
    }
}
