using CrossBorderBot.Understanding;
using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

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
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, StartEntryAsync, LoopAsync]));
        AddDialog(new ChoicePrompt(DialogIds.MenuChoice));
        foreach (var guide in guides.Dialogs)
        {
            AddDialog(guide);
        }

        InitialDialogId = StepsId;
    }

    /// <summary>The guide dialog with this id (a guide runs inside the menu), or null.</summary>
    public Dialog? FindGuide(string id) => Dialogs.Find(id);

    private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<MainMenuOptions>()?.Intent is { } intent)
        {
            return await step.NextAsync(intent, cancellationToken);
        }

        var text = BotText.For(ReplyLanguage.FromLocale(step.Context.Activity.Locale));
        string[] titles = [text.MenuReadiness, text.MenuPlatform, text.MenuLogistics, text.MenuFixIssue, text.MenuAsk];
        var choices = EntryIntents.Select((intent, i) => new Choice { Value = intent, Title = titles[i], Synonyms = [.. MenuSynonyms(intent)] }).ToList();
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
            return await step.BeginDialogAsync(guideId, new GuideStartOptions(start?.Text, start?.Entities, start?.Described ?? false), cancellationToken);
        }

        var text = BotText.For(ReplyLanguage.FromLocale(step.Context.Activity.Locale));
        await step.Context.SendActivityAsync(text.GuideNotAvailable, cancellationToken: cancellationToken);
        return await step.NextAsync(cancellationToken: cancellationToken);
    }

    /// <summary>Back to the menu, or straight into the follow-up guide a finished guide named (its result).</summary>
    private static Task<DialogTurnResult> LoopAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.ReplaceDialogAsync(StepsId, step.Result is MainMenuOptions { Intent: not null } next ? next : null, cancellationToken);

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
