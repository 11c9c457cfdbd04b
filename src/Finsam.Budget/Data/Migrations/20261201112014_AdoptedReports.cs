using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Finsam.Budget.Data.Migrations
{
    /// <inheritdoc />
    public partial class AdoptedReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "report",
                table: "adopted_budgets",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "report_key",
                table: "adopted_budgets",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "report",
                table: "adopted_budgets");

            migrationBuilder.DropColumn(
                name: "report_key",
                table: "adopted_budgets");
        }
    }
}
