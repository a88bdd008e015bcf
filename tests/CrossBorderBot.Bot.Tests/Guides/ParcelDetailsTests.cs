using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The parcel's optional details, held by the guide's answers and by the dimensions answer the details form gives.</summary>
public sealed class ParcelDetailsTests
{
    [Fact]
    public void The_form_s_details_fill_the_answers_and_what_it_leaves_open_is_kept()
    {
        var answers = new LogisticsAnswers { WeightKg = 2m, Destination = "de", Urgency = ShippingUrgency.Fast, Goods = ParcelGoods.None };
        var form = new ParcelSizeAnswer(50m, 40m, 30m) { NeedsTracking = true, NeedsReturns = false, Goods = ParcelGoods.Liquids };

        var filled = ParcelDetails.FilledFrom(answers, form);

        Assert.Equal(answers with { NeedsTracking = true, NeedsReturns = false, Goods = ParcelGoods.Liquids }, filled);
    }

    [Fact]
    public void An_empty_form_changes_nothing()
    {
        var answers = new LogisticsAnswers { Urgency = ShippingUrgency.Economy, NeedsTracking = false };

        Assert.Equal(answers, ParcelDetails.FilledFrom(answers, ParcelSizeAnswer.Skip));
    }
}
