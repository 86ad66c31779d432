-- AlterTable
ALTER TABLE "AlertDelivery" ADD COLUMN "errorClass" TEXT;
