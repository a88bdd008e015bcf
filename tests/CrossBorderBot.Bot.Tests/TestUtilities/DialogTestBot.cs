using CrossBorderBot.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// A minimal bot around the dialog runtime for tests. Each turn builds a fresh ConversationState and DialogSet over
/// the same MemoryStorage, so only what was saved survives between turns (as across a restart). It does what the
/// real turn pipeline does: "back" goes back, "again" repeats the question, a stale stack is reported and cleared, the root dialog starts when
/// nothing is running, state is saved at the end. When the stack finishes it says "complete: …" or "cancelled".
/// </summary>
public sealed class DialogTestBot
{
    /// <param name="storage">Where state is kept; by default a MemoryStorage whose JSON <see cref="StoredItems"/> shows.</param>
    public DialogTestBot(string rootDialogId, Action<DialogSet> addDialogs, object? rootOptions = null, IStorage? storage = null)
    {
        RootDialogId = rootDialogId;
        AddDialogs = addDialogs;
        RootOptions = rootOptions;
        Storage = storage ?? new MemoryStorage(StoredItems);
    }

    public string RootDialogId { get; }

    /// <summary>Registers the dialogs each turn; tests swap it to simulate a deployment that changed the dialogs.</summary>
    public Action<DialogSet> AddDialogs { get; set; }

    public object? RootOptions { get; }

    /// <summary>The raw JSON the default MemoryStorage holds, keyed by storage key.</summary>
    public Dictionary<string, JObject> StoredItems { get; } = [];

    public IStorage Storage { get; }

    public TestAdapter Adapter { get; } = new();

    /// <summary>The stale-stack errors the bot recovered from.</summary>
    public List<DialogStateMismatchException> Mismatches { get; } = [];

    /// <summary>Ids of the running dialogs at the end of the last turn (outermost first).</summary>
    public IReadOnlyList<string> LastDialogStack { get; private set; } = [];

    public TestFlow Flow() => new(Adapter, OnTurnAsync);

    /// <summary>The saved dialog stack, read straight from storage.</summary>
    public JArray SavedStack()
    {
        // MemoryStorage records .NET type names, which wrap lists as { "$type": …, "$values": [...] }.
        var stack = StoredItems.Values.Single().SelectToken("DialogState.dialogStack");
        return (JArray?)(stack?["$values"] ?? stack) ?? [];
    }

    private async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var conversationState = new ConversationState(Storage);
        var dialogs = new DialogSet(conversationState.CreateProperty<DialogState>("DialogState"));
        AddDialogs(dialogs);
        var dc = await dialogs.CreateContextAsync(turn, cancellationToken);

        DialogTurnResult result;
        try
        {
            result = await RunAsync(dc, turn, cancellationToken);
        }
        catch (DialogStateMismatchException mismatch)
        {
            Mismatches.Add(mismatch);
            dc.ClearStack();
            await turn.SendActivityAsync("Sorry, I lost track of our conversation. Let's start again.", cancellationToken: cancellationToken);
            result = await dc.BeginDialogAsync(RootDialogId, RootOptions, cancellationToken);
        }

        if (result.Status == DialogTurnStatus.Complete)
        {
            await turn.SendActivityAsync($"complete: {result.Result ?? "none"}", cancellationToken: cancellationToken);
        }
        else if (result.Status == DialogTurnStatus.Cancelled)
        {
            await turn.SendActivityAsync("cancelled", cancellationToken: cancellationToken);
        }

        LastDialogStack = dc.ActiveDialogIds;
        await conversationState.SaveChangesAsync(turn, false, cancellationToken);
    }

    private async Task<DialogTurnResult> RunAsync(DialogContext dc, ITurnContext turn, CancellationToken cancellationToken)
    {
        if (string.Equals(turn.Activity.Text, "back", StringComparison.OrdinalIgnoreCase))
        {
            if (!await dc.GoBackAsync(cancellationToken))
            {
                await turn.SendActivityAsync("nothing to go back to", cancellationToken: cancellationToken);
            }

            return Dialog.EndOfTurn;
        }

        if (string.Equals(turn.Activity.Text, "again", StringComparison.OrdinalIgnoreCase))
        {
            await dc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(RootDialogId, RootOptions, cancellationToken)
            : result;
    }
}
