namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>When and how a landed-cost charge is collected.</summary>
public enum LandedCostCollection
{
    /// <summary>At the border: the carrier or broker pays it and the importer (the buyer under DDU) repays it.</summary>
    AtImport,

    /// <summary>At checkout by the registered seller or marketplace (UK VAT, Australian GST, Remessa Conforme).</summary>
    PointOfSale,

    /// <summary>At checkout through the EU Import One-Stop Shop.</summary>
    Ioss,

    /// <summary>Not due for this shipment.</summary>
    NotDue,
}
