using CrossBorderBot.Plans;
using CrossBorderBot.Storage;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.Plans;

/// <summary>Plans outlive the conversation: saved in one turn, read back in a later conversation of the same user.</summary>
public sealed class PlanStoreTests : IDisposable
{
    private readonly BotTestHost _host = new();

    [Fact]
    public async Task A_plan_built_with_collection_expressions_reads_back_in_a_later_conversation()
    {
        var plan = new GuidePlan(
            "guide-logistics",
            "Logistics plan: 2 kg of shoes to Germany",
            new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero),
            "en",
            [new PlanSection("Recommendations", ["Commercial express", "Dedicated line"])],
            [new PlanSource("EU customs", "European Commission", "https://taxation-customs.ec.europa.eu/", new DateOnly(2026, 11, 26))]);

        await InTurnAsync("conversation-1", (store, turn) => store.SaveAsync(turn, plan, CancellationToken.None));
        GuidePlan? read = null;
        await InTurnAsync("conversation-2", async (store, turn) => read = await store.GetLastAsync(turn, guideId: null, CancellationToken.None));

        Assert.NotNull(read);
        Assert.Equal(plan.Title, read.Title);
        Assert.Equal(["Commercial express", "Dedicated line"], read.Sections.Single().Lines);
        Assert.Equal("European Commission", read.Sources.Single().Publisher);
    }

    public void Dispose() => _host.Dispose();

    private async Task InTurnAsync(string conversationId, Func<PlanStore, ITurnContext, Task> action)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId, "user-1"));
        var activity = adapter.MakeActivity("hi");
        activity.ChannelId = "test";
        using var turn = new TurnContext(adapter, activity);
        await action(_host.Services.GetRequiredService<PlanStore>(), turn);
        await _host.Services.GetRequiredService<BotStates>().User.SaveChangesAsync(turn, force: false, CancellationToken.None);
    }
}
