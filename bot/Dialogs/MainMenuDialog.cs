using CrossBorderBot.Understanding;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Prompts;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// The main dialog: offers the four guides and "ask a question", starts the chosen one, and comes back to the menu
/// when it ends. It always sits at the bottom of the stack, so every message has somewhere to go.
/// </summary>
public sealed class MainMenuDialog : ComponentDialog
{
    private const string StepsId = DialogIds.MainMenu + ".steps";

    /// <summary>Menu entries in display order; the value of each is the intent it stands for.</summary>
    public static readonly IReadOnlyList<string> EntryIntents =
        [IntentNames.StartReadiness, IntentNames.ChoosePlatform, IntentNames.ChooseLogistics, IntentNames.FixIssue, IntentNames.AskKnowledge];

    private readonly GuideCatalog _guides;

    public MainMenuDialog(GuideCatalog guides)
        : base(DialogIds.MainMenu)
    {
        _guides = guides;
        AddSteps(StepsId, [AskAsync, StartEntryAsync, LoopAsync]);
        AddDialog(new ChoicePrompt(DialogIds.MenuChoice));
        foreach (var guide in guides.Dialogs)
        {
            AddDialog(guide);
        }

    }

    /// <summary>The guide dialog with this id (a guide runs inside the menu), or null.</summary>
    public Dialog? FindGuide(string id) => Dialogs.Find(id);

    /// <summary>The guide dialog serving the menu entry <paramref name="intent"/>, or null.</summary>
    public Dialog? FindGuideFor(string intent) => _guides.DialogIdFor(intent) is { } id ? Dialogs.Find(id) : null;

    private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<MainMenuOptions>()?.Intent is { } intent)
        {
            return await step.NextAsync(intent, cancellationToken);
        }

        var text = BotText.For(TurnLanguage.Of(step.Context));
        var choices = EntryIntents.Select(intent => new Choice { Value = intent, Title = MenuTitle(text, intent), Synonyms = [.. MenuSynonyms(intent)] }).ToList();
        return await step.PromptAsync(DialogIds.MenuChoice, new PromptOptions
        {
            Prompt = MessageFactory.Text(text.MenuPrompt),
            Choices = choices,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> StartEntryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var intent = step.Result switch
        {
            FoundChoice choice => choice.Value,
            string value => value,
            _ => null,
        };

        if (intent is not null && _guides.DialogIdFor(intent) is { } guideId)
        {
            var start = step.GetOptions<MainMenuOptions>();
            // A guide run again from a recalled plan's answers reads no earlier message: the plan is what is meant.
            var earlier = start?.Saved is null ? EarlierMessages.Of(step.Context)?.Except(start?.Text) : null;
            return await step.BeginDialogAsync(guideId, new GuideStartOptions(start?.Text, start?.Entities, start?.Described ?? false, start?.Stacked ?? false, earlier) { Saved = start?.Saved }, cancellationToken);
        }

        // An intent no guide serves (a greeting, or no intent, taken for a task): no claim about a guide — the menu again, or,
        // stacked on a waiting guide, that guide's question again.
        return step.GetOptions<MainMenuOptions>()?.Stacked == true
            ? await step.EndDialogAsync(cancellationToken: cancellationToken)
            : await step.ReplaceDialogAsync(StepsId, null, cancellationToken);
    }

    /// <summary>
    /// Back to the menu, or straight into the follow-up guide a finished guide named (its result). A menu stacked on a
    /// waiting guide ends instead of showing the menu, so the guide below resumes (a follow-up stays stacked too).
    /// </summary>
    private static Task<DialogTurnResult> LoopAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var stacked = step.GetOptions<MainMenuOptions>()?.Stacked == true;
        if (step.Result is MainMenuOptions { Intent: not null } next)
        {
            return step.ReplaceDialogAsync(StepsId, next with { Stacked = stacked }, cancellationToken);
        }

        return stacked ? step.EndDialogAsync(cancellationToken: cancellationToken) : step.ReplaceDialogAsync(StepsId, null, cancellationToken);
    }

    /// <summary>
    /// The guide stacked above this menu ended (finished or cancelled): say which guide the user is back in, then ask
    /// its waiting question again in the current language, with the answers kept.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc, dc.ActiveDialog!);
        await SayResumedAsync(dc.Context, inner.Stack.Count > 1 ? inner.Stack[1].Id : null, cancellationToken);
        if (!inner.CanRepeat())
        {
            await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
            return EndOfTurn;
        }

        return await RepeatAsync(dc, cancellationToken);
    }

    /// <summary>Tells the user which guide they are back in (its answers kept); nothing when <paramref name="guideId"/> is no guide.</summary>
    public async Task SayResumedAsync(ITurnContext turnContext, string? guideId, CancellationToken cancellationToken)
    {
        if (guideId is not null && _guides.IntentFor(guideId) is { } intent)
        {
            var text = BotText.For(TurnLanguage.Of(turnContext));
            await turnContext.SendActivityAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, text.GuideResumed, MenuTitle(text, intent)), cancellationToken: cancellationToken);
        }
    }

    /// <summary>The menu's name for the guide serving <paramref name="intent"/>.</summary>
    public static string MenuTitle(BotText text, string intent) => intent switch
    {
        IntentNames.StartReadiness => text.MenuReadiness,
        IntentNames.ChoosePlatform => text.MenuPlatform,
        IntentNames.ChooseLogistics => text.MenuLogistics,
        IntentNames.FixIssue => text.MenuFixIssue,
        _ => text.MenuAsk,
    };

    private static IEnumerable<string> MenuSynonyms(string intent) => intent switch
    {
        IntentNames.StartReadiness => ["readiness", "ready", "准备度", "评估"],
        IntentNames.ChoosePlatform => ["platform", "platforms", "marketplace", "平台"],
        IntentNames.ChooseLogistics => ["logistics", "shipping", "物流", "运输"],
        IntentNames.FixIssue => ["issue", "problem", "fix", "问题"],
        IntentNames.AskKnowledge => ["ask", "question", "提问", "问题咨询"],
        _ => [],
    };
}
