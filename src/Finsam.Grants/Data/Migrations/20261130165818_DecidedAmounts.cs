using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Finsam.Grants.Data.Migrations
{
    /// <summary>
    /// A decision grants an amount for each of its years, not the years alone. Decisions
    /// already recorded grant, for each of their years, what the effort's cost lines of that
    /// year add up to when this runs: what was counted as granted for those years until now.
    /// </summary>
    public partial class DecidedAmounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "granted",
                table: "decisions",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("""
                UPDATE decisions AS d
                SET granted = (
                    SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'year', y.year,
                        'amountOre', (
                            SELECT coalesce(sum((l ->> 'amountOre')::bigint), 0)
                            FROM efforts AS e, jsonb_array_elements(e.cost_lines) AS l
                            WHERE e.federation_id = d.federation_id AND e.id = d.effort_id AND (l ->> 'year')::int = y.year))
                        ORDER BY y.year), '[]'::jsonb)
                    FROM (SELECT DISTINCT unnest(d.granted_years) AS year) AS y);
                """);

            migrationBuilder.DropColumn(
                name: "granted_years",
                table: "decisions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE decisions ADD granted_years integer[] NOT NULL DEFAULT '{}';");

            migrationBuilder.Sql("""
                UPDATE decisions
                SET granted_years = ARRAY(SELECT (g ->> 'year')::int FROM jsonb_array_elements(granted) AS g ORDER BY 1);
                """);

            migrationBuilder.DropColumn(
                name: "granted",
                table: "decisions");
        }
    }
}
