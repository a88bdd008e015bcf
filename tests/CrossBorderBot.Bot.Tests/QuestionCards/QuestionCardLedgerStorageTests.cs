using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Storage;
using CrossBorderBot.Tests.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.QuestionCards;

/// <summary>The remembered question cards survive a restart with the default SQLite store.</summary>
public sealed class QuestionCardLedgerStorageTests
{
    [Fact]
    public async Task The_card_ledger_round_trips_through_sqlite_state()
    {
        using var database = new StorageTempDatabase();
        var adapter = new TestAdapter(Microsoft.Bot.Connector.Channels.Msteams);
        var activity = (Activity)MessageFactory.Text("hi");
        activity.ApplyConversationReference(adapter.Conversation, isIncoming: true);

        using var savingStore = new SqliteStorage(database.Path);
        var saving = new ConversationState(savingStore);
        var turn = new TurnContext(adapter, activity);
        var ledger = await saving.CreateProperty<QuestionCardLedger>(QuestionCardLedger.StateProperty).GetAsync(turn, () => new QuestionCardLedger());
        ledger.Sequence = 7;
        ledger.Add(new QuestionCardRecord { PromptId = "p7", ActivityId = "1700000000123", QuestionKey = "ABCD", Question = "Which market?", Options = { ["eu"] = "EU" } });
        await saving.SaveChangesAsync(turn);

        using var loadingStore = new SqliteStorage(database.Path);
        var loading = new ConversationState(loadingStore);
        var reloaded = await loading.CreateProperty<QuestionCardLedger>(QuestionCardLedger.StateProperty).GetAsync(new TurnContext(adapter, activity), () => new QuestionCardLedger());

        Assert.Equal(7, reloaded.Sequence);
        Assert.Equal("p7", reloaded.Current?.PromptId);
        Assert.Equal("EU", reloaded.FindByActivityId("1700000000123")?.Options["eu"]);
    }
}
