using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Finsam.Budget.Data.Migrations
{
    /// <inheritdoc />
    public partial class AdoptedInputs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "adopted_inputs",
                table: "budgets",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "inputs",
                table: "adopted_budgets",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "adopted_inputs",
                table: "budgets");

            migrationBuilder.DropColumn(
                name: "inputs",
                table: "adopted_budgets");
        }
    }
}
