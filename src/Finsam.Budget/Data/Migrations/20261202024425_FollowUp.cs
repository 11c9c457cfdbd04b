using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Finsam.Budget.Data.Migrations
{
    /// <inheritdoc />
    public partial class FollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actuals_mappings",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    document = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actuals_mappings", x => x.federation_id);
                });

            migrationBuilder.CreateTable(
                name: "saved_forecasts",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    document = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_saved_forecasts", x => new { x.federation_id, x.year, x.number });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actuals_mappings");

            migrationBuilder.DropTable(
                name: "saved_forecasts");
        }
    }
}
